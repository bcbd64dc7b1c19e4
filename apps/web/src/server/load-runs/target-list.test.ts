import { describe, expect, it } from "vitest";
import { parseEnv } from "../../env.ts";
import { loadTargets } from "./target-list.ts";

describe("load targets", () => {
  it("reads THROTL_LOAD_TARGETS as name=url pairs (trailing slash dropped)", () => {
    const env = parseEnv({ THROTL_LOAD_TARGETS: " a=http://127.0.0.1:8000/, b-2=https://127.0.0.1:8443 ," });
    expect(loadTargets(env)).toEqual([{ name: "a", url: "http://127.0.0.1:8000" }, { name: "b-2", url: "https://127.0.0.1:8443" }]);
  });

  it("falls back to each scrape target of THROTL_TARGETS", () => {
    expect(loadTargets(parseEnv({ THROTL_TARGETS: "127.0.0.1:8000,127.0.0.1:8001" }))).toEqual([
      { name: "127.0.0.1:8000", url: "http://127.0.0.1:8000" }, { name: "127.0.0.1:8001", url: "http://127.0.0.1:8001" },
    ]);
  });

  it("names the variable for a missing name, a non-http URL or a duplicate name", () => {
    expect(() => parseEnv({ THROTL_LOAD_TARGETS: "http://127.0.0.1:8000" })).toThrow(/THROTL_LOAD_TARGETS.*name=http/s);
    expect(() => parseEnv({ THROTL_LOAD_TARGETS: "a=ftp://x" })).toThrow(/THROTL_LOAD_TARGETS/);
    expect(() => parseEnv({ THROTL_LOAD_TARGETS: "a=http://x:1,a=http://y:2" })).toThrow(/THROTL_LOAD_TARGETS.*unique/s);
  });
});

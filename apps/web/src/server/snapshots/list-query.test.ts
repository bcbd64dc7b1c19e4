import { describe, expect, it } from "vitest";
import { parseListQuery } from "./list-query.ts";

const parse = (q: string) => parseListQuery(new URLSearchParams(q));

describe("snapshot list parameters", () => {
  it("reads repeated tags, model, dates and limit", () => {
    expect(parse("tag=a&tag=b&model=m&from=2026-11-01&to=2026-11-02T10:00:00Z&limit=5&cursor=xyz")).toEqual({
      ok: true,
      value: { tags: ["a", "b"], model: "m", from: new Date("2026-11-01"), to: new Date("2026-11-02T10:00:00Z"), limit: 5, cursor: "xyz" },
    });
  });

  it("treats empty parameters as absent", () => {
    expect(parse("tag=&model=&limit=")).toEqual({ ok: true, value: { tags: [] } });
  });

  it.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["from=yesterday", "from"],
  ])("names the bad parameter in %s", (q, path) => {
    const r = parse(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

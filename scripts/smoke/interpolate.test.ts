import { describe, expect, it } from "vitest";
import { interpolate, interpolateDeep, InterpolationError, parseEnvFile } from "./interpolate.ts";

describe("interpolate (Compose's rules)", () => {
  const env = { A: "a", EMPTY: "" };

  it("substitutes set variables, defaults for unset (and, with :-, empty) ones, and $$", () => {
    expect(interpolate("${A}-$A-${B:-b}-${EMPTY:-e}-${EMPTY-e}-$${A}", env)).toBe("a-a-b-e--${A}");
    expect(interpolate("${B:-x${A}y}", env)).toBe("xay");
  });

  it("fails on a required variable with its message", () => {
    expect(() => interpolate("${EMPTY:?set EMPTY in .env}", env)).toThrow(new InterpolationError("EMPTY: set EMPTY in .env"));
    expect(interpolate("${EMPTY?x}", env)).toBe("");
  });

  it("walks arrays and objects, and reads env files", () => {
    expect(interpolateDeep({ a: ["${A}", 1, { b: "${B:-2}" }] }, env)).toEqual({ a: ["a", 1, { b: "2" }] });
    expect(parseEnvFile("# c\nX=1\n# Y=2\nZ=\n")).toEqual({ X: "1", Z: "" });
  });
});

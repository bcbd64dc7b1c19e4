import { describe, expect, it } from "vitest";
import { PromBadResponseError } from "./errors.ts";
import { parseSampleValue } from "./sample-value.ts";

describe("parseSampleValue", () => {
  it("reads the special values Prometheus writes", () => {
    expect(parseSampleValue("NaN")).toBeNaN();
    expect(parseSampleValue("+Inf")).toBe(Number.POSITIVE_INFINITY);
    expect(parseSampleValue("-Inf")).toBe(Number.NEGATIVE_INFINITY);
    expect(parseSampleValue("Inf")).toBe(Number.POSITIVE_INFINITY);
  });

  it("reads decimal and exponent forms exactly", () => {
    const cases: [string, number][] = [
      ["0", 0],
      ["-0", -0],
      ["1", 1],
      ["1.5", 1.5],
      ["-2.25", -2.25],
      ["+3", 3],
      [".5", 0.5],
      ["3.", 3],
      ["3e-07", 3e-7],
      ["1E+21", 1e21],
      ["3.0000000000000003e+30", 3.0000000000000003e30],
      ["1795371259.047", 1795371259.047],
    ];
    for (const [raw, want] of cases) expect(parseSampleValue(raw), raw).toBe(want);
  });

  it("keeps a gap a gap: absent is null, never 0", () => {
    expect(parseSampleValue(null)).toBeNull();
    expect(parseSampleValue(undefined)).toBeNull();
  });

  it("rejects garbage instead of guessing, naming the field", () => {
    for (const raw of ["", " ", " 1", "1 ", "12abc", "abc", "nan", "inf", "Infinity", "0x10", "1_000", "1e", "--1", "."]) {
      expect(() => parseSampleValue(raw, "data.result[0].value[1]"), JSON.stringify(raw)).toThrow(PromBadResponseError);
    }
    expect(() => parseSampleValue("12abc", "data.result[0].value[1]")).toThrow(/data\.result\[0\]\.value\[1\]: not a sample value: "12abc"/);
  });
});

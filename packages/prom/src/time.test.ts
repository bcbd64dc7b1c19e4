import { describe, expect, it } from "vitest";
import { fromPromTime, toPromDuration, toPromTime } from "./time.ts";

describe("wire time", () => {
  it("writes Unix ms as seconds with at most three decimals", () => {
    expect(toPromTime(1_700_000_000_123, "t")).toBe("1700000000.123");
    expect(toPromTime(1_700_000_000_000, "t")).toBe("1700000000");
    expect(toPromTime(1_700_000_000_005, "t")).toBe("1700000000.005");
    expect(toPromTime(new Date(1500), "t")).toBe("1.500");
    expect(toPromTime(-500, "t")).toBe("-0.500");
    expect(toPromDuration(250, "step")).toBe("0.250");
  });

  it("reads wire seconds back to exact integer ms", () => {
    expect(fromPromTime(1795371259.047)).toBe(1_795_371_259_047);
    expect(fromPromTime(0.001)).toBe(1);
  });

  it("rejects non-finite times and non-positive durations", () => {
    expect(() => toPromTime(Number.NaN, "time")).toThrow(/time must be a finite/);
    expect(() => toPromDuration(0, "step")).toThrow(/step must be a positive/);
  });
});

import { describe, expect, it } from "vitest";
import { sparkPath } from "./sparkline.ts";

describe("sparkPath", () => {
  it("scales from 0 to the maximum across the width", () => {
    expect(sparkPath([0, 5, 10], 100, 20)).toBe("M0 20 L50 10 L100 0");
  });

  it("starts a new subpath after a gap instead of drawing through it", () => {
    expect(sparkPath([10, null, 10, 10], 30, 10)).toBe("M0 0 M20 0 L30 0");
  });

  it("draws nothing for a series with no data", () => {
    expect(sparkPath([null, null], 30, 10)).toBe("");
    expect(sparkPath([], 30, 10)).toBe("");
  });
});

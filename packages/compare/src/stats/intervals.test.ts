import { describe, expect, it } from "vitest";
import { newcombeDiff, wilson } from "./intervals.ts";

describe("wilson", () => {
  it("gives 0 to 0.2775 for 0 of 10 (Newcombe 1998, table I)", () => {
    const i = wilson(0, 10);
    expect(i.low).toBe(0);
    expect(i.high).toBeCloseTo(0.2775, 4);
  });
});

describe("newcombeDiff", () => {
  it("reproduces Newcombe's example: 56/70 − 48/80 = 0.2, interval 0.0524 to 0.3339", () => {
    const i = newcombeDiff(48, 80, 56, 70);
    expect(i.low).toBeCloseTo(0.0524, 4);
    expect(i.high).toBeCloseTo(0.3339, 4);
  });
});

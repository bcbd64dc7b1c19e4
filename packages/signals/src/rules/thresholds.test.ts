import { describe, expect, it } from "vitest";
import { alertThresholdsSchema, burnThreshold, DEFAULT_THRESHOLDS } from "./thresholds.ts";

describe("alert thresholds", () => {
  it("accepts the defaults", () => {
    expect(alertThresholdsSchema.parse(DEFAULT_THRESHOLDS)).toEqual(DEFAULT_THRESHOLDS);
  });

  it.each([
    ["a TTFT warning at or above critical", { ttftP95Seconds: { warning: 5, critical: 5 } }],
    ["an objective of 100 %", { availabilitySlo: { objective: 1 } }],
    ["a slow burn faster than the fast one", { burnRate: { fast: 6, slow: 14.4 } }],
    ["VRAM exhaustion below the memory-bound share", { vramExhausted: 0.85 }],
  ])("rejects %s", (_, patch) => {
    expect(alertThresholdsSchema.safeParse({ ...DEFAULT_THRESHOLDS, ...patch }).success).toBe(false);
  });

  it("turns a burn factor into a bad-event ratio without float noise (6 × 1 % = 0.06)", () => {
    expect(burnThreshold(6, 0.99)).toBe(0.06);
    expect(burnThreshold(14.4, 0.999)).toBe(0.0144);
  });
});

import { describe, expect, it } from "vitest";
import { deltaText, durationText, percentText, windowText } from "./text.ts";

describe("snapshot text", () => {
  it("writes a window once per date, in UTC, with its length", () => {
    expect(windowText({ start: new Date("2026-11-20T10:00:00Z"), end: new Date("2026-11-20T10:10:00Z") })).toBe("2026-11-20 10:00:00 → 10:10:00 UTC (10 min)");
    expect(windowText({ start: new Date("2026-11-20T23:00:00Z"), end: new Date("2026-11-21T01:00:00Z") })).toBe("2026-11-20 23:00:00 → 2026-11-21 01:00:00 UTC (2 h)");
    expect(durationText(42)).toBe("42 s");
    expect(durationText(3 * 3600)).toBe("3 h");
  });

  it("signs changes in their unit: ratios in percentage points, seconds under 1 s in ms, gaps as a dash", () => {
    expect(deltaText(0.0125, "seconds")).toBe("+12.5 ms");
    expect(deltaText(-0.0713, "seconds")).toBe("-71.3 ms");
    expect(deltaText(0.05, "ratio")).toBe("+5 pp");
    expect(deltaText(-250, "tok/s")).toBe("-250 tok/s");
    expect(deltaText(0, "req/s")).toBe("0 req/s");
    expect(deltaText(0.9330000000000001 - 0.9330000000000012, "ratio")).toBe("0 pp"); // float noise, not a change
    expect(deltaText(null, "req/s")).toBe("—");
    expect(percentText(0.1234)).toBe("+12.3%");
    expect(percentText(-0.5)).toBe("-50%");
    expect(percentText(-1.19e-14)).toBe("0%");
    expect(percentText(null)).toBe("—");
  });
});

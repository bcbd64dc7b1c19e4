import { gridTimestamps } from "@throtl/prom";
import { describe, expect, it } from "vitest";
import { chartGrid } from "./grid.ts";
import { RANGES, toDuration } from "./ranges.ts";

describe("chartGrid", () => {
  it("aligns start and end to the step so refreshes reuse the same evaluation instants", () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 7, 250);
    const g = chartGrid(RANGES["5m"], now);
    expect(g.step).toBe(5_000);
    expect(g.end % g.step).toBe(0);
    expect(g.start % g.step).toBe(0);
    expect(g.end).toBeLessThanOrEqual(now);
    expect(now - g.end).toBeLessThan(g.step);
    expect(chartGrid(RANGES["5m"], now + 1_000)).toEqual(g);
  });

  it("gives 61 points for each range (one per step, both ends included)", () => {
    for (const r of Object.values(RANGES)) {
      const g = chartGrid(r, Date.UTC(2026, 0, 1, 12, 0, 0));
      expect(gridTimestamps(g)).toHaveLength(r.seconds / (r.stepMs / 1000) + 1);
    }
  });

  it("keeps each chart rate window at least a minute and four steps", () => {
    for (const r of Object.values(RANGES)) {
      expect(r.chartWindowSeconds).toBeGreaterThanOrEqual(60);
      expect(r.chartWindowSeconds * 1000).toBeGreaterThanOrEqual(4 * r.stepMs);
    }
  });
});

describe("toDuration", () => {
  it("writes windows the way the catalog expects them", () => {
    expect(toDuration(3600)).toBe("1h");
    expect(toDuration(86_400)).toBe("24h");
    expect(toDuration(300)).toBe("5m");
    expect(toDuration(90)).toBe("90s");
    expect(() => toDuration(0)).toThrow();
  });
});

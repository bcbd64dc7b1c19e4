import { describe, expect, it } from "vitest";
import { timeTick, toChartRows } from "./chart-rows.ts";

describe("toChartRows", () => {
  const t = [0, 15_000, 30_000, 45_000];

  it("keeps gaps as null so the line breaks instead of dropping to 0", () => {
    const rows = toChartRows(t, [{ key: "a", label: "A", values: [1, null, 3, null] }]);
    expect(rows.map((r) => r.a)).toEqual([1, null, 3, null]);
  });

  it("puts every series on the same x values", () => {
    const rows = toChartRows(t, [
      { key: "p50", label: "p50", values: [1, 2, 3, 4] },
      { key: "p99", label: "p99", values: [null, null, 9, 9] },
    ]);
    expect(rows[2]).toEqual({ t: 30_000, p50: 3, p99: 9 });
    expect(rows).toHaveLength(4);
  });

  it("turns values a chart cannot draw (±Inf from the +Inf bucket) into gaps", () => {
    const rows = toChartRows([0, 1], [{ key: "q", label: "q", values: [Number.POSITIVE_INFINITY, 2] }]);
    expect(rows[0]!.q).toBeNull();
  });

  it("refuses a series that is not on the grid", () => {
    expect(() => toChartRows(t, [{ key: "a", label: "A", values: [1, 2] }])).toThrow(/2 points for 4/);
  });
});

describe("timeTick", () => {
  it("shows seconds only when steps are under a minute", () => {
    const at = new Date(2026, 0, 1, 14, 5, 30).getTime();
    expect(timeTick(at, 5_000)).toBe("14:05:30");
    expect(timeTick(at, 60_000)).toBe("14:05");
  });
});

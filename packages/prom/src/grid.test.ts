import { describe, expect, it } from "vitest";
import { alignRange, gridLength, gridTimestamps, matrixOnGrid, seriesOnGrid } from "./grid.ts";

describe("alignRange", () => {
  it("floors start and end to multiples of the step", () => {
    expect(alignRange({ start: 1_700_000_012_345, end: 1_700_000_071_999, step: 15_000 })).toEqual({
      start: 1_700_000_010_000,
      end: 1_700_000_070_000,
      step: 15_000,
    });
  });

  it("keeps aligned bounds and accepts Dates", () => {
    expect(alignRange({ start: new Date(60_000), end: new Date(120_000), step: 30_000 })).toEqual({ start: 60_000, end: 120_000, step: 30_000 });
  });

  it("gives the same grid for every refresh within one step", () => {
    const a = alignRange({ start: 1_000_100, end: 2_000_100, step: 1000 });
    const b = alignRange({ start: 1_000_900, end: 2_000_900, step: 1000 });
    expect(a).toEqual(b);
  });

  it("rejects a non-positive or fractional step and an inverted range", () => {
    expect(() => alignRange({ start: 0, end: 10, step: 0 })).toThrow(RangeError);
    expect(() => alignRange({ start: 0, end: 10, step: 1.5 })).toThrow(/positive integer/);
    expect(() => alignRange({ start: 20_000, end: 10_000, step: 1000 })).toThrow(/before start/);
  });
});

describe("grid placement", () => {
  const g = { start: 10_000, end: 50_000, step: 10_000 };

  it("enumerates grid timestamps inclusive of end", () => {
    expect(gridLength(g)).toBe(5);
    expect(gridTimestamps(g)).toEqual([10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(gridTimestamps({ start: 0, end: 25, step: 10 })).toEqual([0, 10, 20]);
  });

  it("puts null where a series has no sample, keeping zeros and NaN as values", () => {
    const samples = [
      { timeMs: 20_000, value: 0 },
      { timeMs: 40_000, value: Number.NaN },
      { timeMs: 50_000, value: Number.POSITIVE_INFINITY },
    ];
    expect(seriesOnGrid(samples, g)).toEqual([null, 0, null, Number.NaN, Number.POSITIVE_INFINITY]);
  });

  it("refuses samples that are off the grid", () => {
    expect(() => seriesOnGrid([{ timeMs: 15_000, value: 1 }], g)).toThrow(/not on the grid/);
    expect(() => seriesOnGrid([{ timeMs: 60_000, value: 1 }], g)).toThrow(/not on the grid/);
    expect(() => seriesOnGrid([{ timeMs: 0, value: 1 }], g)).toThrow(/not on the grid/);
  });

  it("lays a whole matrix onto the grid, series by series", () => {
    const m = matrixOnGrid(
      [
        { metric: { job: "a" }, values: [{ timeMs: 10_000, value: 1 }, { timeMs: 50_000, value: 5 }], histograms: [] },
        { metric: { job: "b" }, values: [], histograms: [] },
      ],
      g,
    );
    expect(m.timestamps).toEqual([10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(m.series).toEqual([
      { metric: { job: "a" }, values: [1, null, null, null, 5] },
      { metric: { job: "b" }, values: [null, null, null, null, null] },
    ]);
  });
});

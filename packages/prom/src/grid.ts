// Range-query grids, in integer Unix ms. Prometheus evaluates a range query at start, start+step, …
// ≤ end and omits points where a series has no data; charts want one slot per grid point with an
// explicit gap. These helpers are pure and exact (integer ms, no float seconds).
import { type TimeInput, toMs } from "./time.ts";
import type { Labels, MatrixSeries, Sample } from "./types.ts";

export interface Grid {
  readonly start: number;
  readonly end: number;
  readonly step: number;
}

function checkGrid(g: Grid): void {
  if (!Number.isInteger(g.step) || g.step <= 0) throw new RangeError(`grid step must be a positive integer of ms, got ${g.step}`);
  if (!Number.isInteger(g.start) || !Number.isInteger(g.end)) {
    throw new RangeError(`grid start and end must be integer Unix ms, got ${g.start} and ${g.end}`);
  }
  if (g.end < g.start) throw new RangeError(`grid end ${g.end} is before start ${g.start}`);
}

/**
 * Snaps start and end down to multiples of step, as Grafana's Prometheus datasource does. Every
 * refresh then asks for the same evaluation instants, so points do not shift between refreshes
 * (a rate over [t-step, t] is stable) and a result can be cached per grid. Flooring the end keeps
 * the last point at or before "now" instead of evaluating the future.
 */
export function alignRange(range: { start: TimeInput; end: TimeInput; step: number }): Grid {
  const step = range.step;
  if (!Number.isInteger(step) || step <= 0) throw new RangeError(`step must be a positive integer of ms, got ${step}`);
  const start = Math.floor(toMs(range.start, "start") / step) * step;
  const end = Math.floor(toMs(range.end, "end") / step) * step;
  if (end < start) throw new RangeError(`range end ${String(range.end)} is before start ${String(range.start)}`);
  return { start, end, step };
}

export function gridLength(g: Grid): number {
  checkGrid(g);
  return Math.floor((g.end - g.start) / g.step) + 1;
}

export function gridTimestamps(g: Grid): number[] {
  return Array.from({ length: gridLength(g) }, (_, i) => g.start + i * g.step);
}

/**
 * One slot per grid point: the sample's value, or `null` where the series has no sample (a gap,
 * never a zero). A sample off the grid means the samples came from another query's grid: it throws
 * rather than silently shifting data.
 */
export function seriesOnGrid(samples: readonly Sample[], g: Grid): (number | null)[] {
  const out = new Array<number | null>(gridLength(g)).fill(null);
  for (const s of samples) {
    const offset = s.timeMs - g.start;
    const i = offset / g.step;
    if (!Number.isInteger(i) || i < 0 || i >= out.length) {
      throw new RangeError(`sample at ${s.timeMs} is not on the grid start=${g.start} end=${g.end} step=${g.step}`);
    }
    out[i] = s.value;
  }
  return out;
}

export interface GridSeries {
  readonly metric: Labels;
  readonly values: readonly (number | null)[];
}

export interface MatrixOnGrid {
  readonly timestamps: readonly number[];
  readonly series: readonly GridSeries[];
}

/** A range query's matrix laid onto its grid. Float samples only; native histograms are left out. */
export function matrixOnGrid(matrix: readonly MatrixSeries[], g: Grid): MatrixOnGrid {
  return {
    timestamps: gridTimestamps(g),
    series: matrix.map((s) => ({ metric: s.metric, values: seriesOnGrid(s.values, g) })),
  };
}

// The chart grid of a range ending now: aligned to the step (stable points between refreshes, as
// Grafana does), so every chart of a page and every refresh use the same evaluation instants.
import { alignRange, type Grid } from "@throtl/prom";
import type { RangeSpec } from "./ranges.ts";

export function chartGrid(range: RangeSpec, nowMs: number): Grid {
  return alignRange({ start: nowMs - range.seconds * 1000, end: nowMs, step: range.stepMs });
}

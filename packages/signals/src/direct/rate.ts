export interface Point {
  readonly t: number;
  readonly v: number;
}

/**
 * Per-second rate of a counter over the range [endMs - rangeMs, endMs], as Prometheus 2.42's
 * `extrapolatedRate` (the version CI runs): resets add the pre-reset value, the increase is
 * extrapolated to the range edges when the first/last samples are within 1.1 average intervals of
 * them (else by half an interval), and never below the counter's zero point. Undefined with < 2 points.
 */
export function counterRate(points: readonly Point[], endMs: number, rangeMs: number): number | undefined {
  const increase = counterIncrease(points, endMs, rangeMs);
  return increase === undefined ? undefined : increase / (rangeMs / 1000);
}

/** PromQL `increase()`: the same extrapolated increase as counterRate, not divided by the range. */
export function counterIncrease(points: readonly Point[], endMs: number, rangeMs: number): number | undefined {
  if (points.length < 2) return undefined;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  let increase = last.v - first.v;
  let prev = first.v;
  for (let i = 1; i < points.length; i++) {
    const v = points[i]!.v;
    if (v < prev) increase += prev;
    prev = v;
  }

  let durationToStart = (first.t - (endMs - rangeMs)) / 1000;
  const durationToEnd = (endMs - last.t) / 1000;
  const sampledInterval = (last.t - first.t) / 1000;
  const averageInterval = sampledInterval / (points.length - 1);
  if (increase > 0 && first.v >= 0) {
    // Counters start at 0: do not extrapolate back past the point where this one would have been 0.
    const durationToZero = sampledInterval * (first.v / increase);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  const threshold = averageInterval * 1.1;
  let extrapolateTo = sampledInterval;
  extrapolateTo += durationToStart < threshold ? durationToStart : averageInterval / 2;
  extrapolateTo += durationToEnd < threshold ? durationToEnd : averageInterval / 2;
  return increase * (extrapolateTo / sampledInterval);
}

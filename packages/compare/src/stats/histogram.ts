// Prometheus histogram arithmetic on a window's bucket counts, matching histogram_quantile, so a
// recomputed quantile equals the one the panel showed from PromQL.
import type { HistogramWindow } from "../model/snapshot-schema.ts";

/** Upper bounds with +Inf last, and cumulative counts (made monotonic, as Prometheus does). */
export interface Buckets {
  readonly upper: readonly number[];
  readonly cumulative: readonly number[];
}

export function toBuckets(h: Pick<HistogramWindow, "buckets" | "count">): Buckets {
  const upper = [...h.buckets.map((b) => b.le), Number.POSITIVE_INFINITY];
  let floor = 0;
  // increase() over a window can dip by a rounding error between buckets; Prometheus takes the max.
  const cumulative = [...h.buckets.map((b) => b.count), h.count].map((c) => (floor = Math.max(floor, c)));
  return { upper, cumulative };
}

/** Per-bucket (non-cumulative) counts. */
export function bucketCounts(b: Buckets): number[] {
  return b.cumulative.map((c, i) => c - (i > 0 ? (b.cumulative[i - 1] ?? 0) : 0));
}

export function fromCounts(upper: readonly number[], counts: readonly number[]): Buckets {
  let sum = 0;
  return { upper, cumulative: counts.map((c) => (sum += c)) };
}

export function totalCount(b: Buckets): number {
  return b.cumulative[b.cumulative.length - 1] ?? 0;
}

/**
 * Prometheus' bucketQuantile: find the bucket holding rank q·total, interpolate linearly inside it
 * (the lowest bucket starts at 0); a rank in the +Inf bucket returns the highest finite bound.
 * NaN when there are no observations.
 */
export function bucketQuantile(q: number, b: Buckets): number {
  const { upper, cumulative } = b;
  const n = upper.length;
  const total = cumulative[n - 1] ?? 0;
  if (n < 2 || !(total > 0)) return Number.NaN;
  const rank = q * total;
  let i = cumulative.findIndex((c) => c >= rank);
  if (i < 0) i = n - 1;
  if (i === n - 1) return upper[n - 2] ?? Number.NaN;
  const end = upper[i] ?? Number.NaN;
  if (i === 0 && end <= 0) return end;
  const start = i === 0 ? 0 : (upper[i - 1] ?? 0);
  const below = i === 0 ? 0 : (cumulative[i - 1] ?? 0);
  const inBucket = (cumulative[i] ?? 0) - below;
  return inBucket > 0 ? start + (end - start) * ((rank - below) / inBucket) : end;
}

/** Share of observations ≤ x, interpolating linearly inside the bucket holding x. */
export function shareAtOrBelow(x: number, b: Buckets): number {
  const total = totalCount(b);
  if (!(total > 0)) return Number.NaN;
  const i = b.upper.findIndex((u) => x <= u);
  const end = b.upper[i] ?? Number.POSITIVE_INFINITY;
  const start = i === 0 ? 0 : (b.upper[i - 1] ?? 0);
  const below = i === 0 ? 0 : (b.cumulative[i - 1] ?? 0);
  const inBucket = (b.cumulative[i] ?? total) - below;
  const part = Number.isFinite(end) && end > start ? (x - start) / (end - start) : 0;
  return (below + inBucket * part) / total;
}

/**
 * Variance of the observations, from the buckets: each observation sits uniformly inside its bucket
 * (between-bucket spread around the midpoints plus width²/12 within). The +Inf bucket counts at the
 * highest finite bound, so a heavy tail beyond it is underestimated.
 */
export function bucketVariance(b: Buckets, mean: number): number {
  const counts = bucketCounts(b);
  const total = totalCount(b);
  if (!(total > 0)) return Number.NaN;
  let acc = 0;
  counts.forEach((c, i) => {
    const hi = b.upper[i] ?? 0;
    const lo = i === 0 ? 0 : (b.upper[i - 1] ?? 0);
    const [mid, width] = Number.isFinite(hi) ? [(lo + hi) / 2, hi - lo] : [lo, 0];
    acc += c * ((mid - mean) ** 2 + width ** 2 / 12);
  });
  return acc / total;
}

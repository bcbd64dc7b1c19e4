// The bucket a value falls in, as a classic Prometheus histogram counts it (le is inclusive), and the
// quantile of a set of observations by nearest rank. histogram_quantile answers inside the bucket
// where rank q·n falls, which is the bucket of the ceil(q·n)-th smallest observation.

/** (lower, upper], the +Inf bucket as (last bound, Infinity]. */
export interface Bucket {
  readonly lower: number;
  readonly upper: number;
}

/** The bucket holding `x` among `bounds` (ascending upper bounds, +Inf implied), in the bounds' unit. */
export function bucketOf(bounds: readonly number[], x: number): Bucket {
  if (Number.isNaN(x)) throw new RangeError("no bucket holds NaN");
  let lower = Number.NEGATIVE_INFINITY;
  for (const upper of bounds) {
    if (x <= upper) return { lower: Number.isFinite(lower) ? lower : Math.min(0, upper), upper };
    lower = upper;
  }
  return { lower, upper: Number.POSITIVE_INFINITY };
}

/** The ceil(q·n)-th smallest value (q in (0, 1]); undefined for no values. */
export function nearestRank(values: readonly number[], q: number): number | undefined {
  if (!(q > 0 && q <= 1)) throw new RangeError(`quantile must be in (0, 1], got ${q}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * Whether histogram_quantile's answer `got` lies in `b`: interpolation can reach either edge, and in
 * the +Inf bucket Prometheus answers the highest finite bound.
 */
export function answerInBucket(b: Bucket, got: number): boolean {
  if (b.upper === Number.POSITIVE_INFINITY) return got === b.lower;
  return got >= b.lower && got <= b.upper;
}

export const formatBucket = (b: Bucket) => `(${b.lower}, ${b.upper}]`;

export interface Bucket {
  readonly upperBound: number;
  readonly count: number;
}

/**
 * Prometheus 2.42's `bucketQuantile` for classic histograms: buckets sorted by upper bound, equal
 * bounds merged, counts made monotonic, linear interpolation inside the bucket holding rank q·total,
 * 0 as the lower bound of a first bucket above 0. NaN when q is NaN, the top bucket is not +Inf,
 * fewer than 2 buckets remain or there are no observations; -Inf/+Inf for q < 0 / q > 1. A rank in
 * the +Inf bucket gives the highest finite bound.
 */
export function bucketQuantile(q: number, input: readonly Bucket[]): number {
  if (Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  if (input.length === 0) return NaN;
  const sorted = [...input].sort((a, b) => (a.upperBound < b.upperBound ? -1 : a.upperBound > b.upperBound ? 1 : 0));
  if (sorted[sorted.length - 1]!.upperBound !== Infinity) return NaN;

  const buckets = coalesce(sorted);
  ensureMonotonic(buckets);
  if (buckets.length < 2) return NaN;
  const observations = buckets[buckets.length - 1]!.count;
  if (observations === 0) return NaN;
  let rank = q * observations;
  const b = searchFirst(buckets.length - 1, (i) => buckets[i]!.count >= rank);
  if (b === buckets.length - 1) return buckets[buckets.length - 2]!.upperBound;
  if (b === 0 && buckets[0]!.upperBound <= 0) return buckets[0]!.upperBound;
  let start = 0;
  const end = buckets[b]!.upperBound;
  let count = buckets[b]!.count;
  if (b > 0) {
    start = buckets[b - 1]!.upperBound;
    count -= buckets[b - 1]!.count;
    rank -= buckets[b - 1]!.count;
  }
  return start + (end - start) * (rank / count);
}

function coalesce(sorted: readonly Bucket[]): { upperBound: number; count: number }[] {
  const out: { upperBound: number; count: number }[] = [];
  for (const b of sorted) {
    const last = out.at(-1);
    if (last && last.upperBound === b.upperBound) last.count += b.count;
    else out.push({ upperBound: b.upperBound, count: b.count });
  }
  return out;
}

/** The envelope of the counts: a decrease (inconsistent scrape, rate noise) is lifted to the running max. */
function ensureMonotonic(buckets: { count: number }[]): void {
  let max = buckets[0]!.count;
  for (let i = 1; i < buckets.length; i++) {
    if (buckets[i]!.count > max) max = buckets[i]!.count;
    else if (buckets[i]!.count < max) buckets[i]!.count = max;
  }
}

/** Go's sort.Search: the smallest i in [0, n) with pred(i), or n (binary search over a monotone pred). */
function searchFirst(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Bootstrap of latency quantiles from bucket counts. A histogram knows each observation only by its
// bucket, so resampling observations is resampling bucket counts (multinomial with the observed
// shares); each resample's quantile is interpolated the way Prometheus does it.
import { bucketCounts, bucketQuantile, fromCounts, totalCount, type Buckets } from "./histogram.ts";
import { percentile, type Interval } from "./intervals.ts";
import { createRng, multinomial, type Rng } from "./rng.ts";

export interface BootstrapOptions {
  readonly resamples: number;
  readonly seed: number;
}

function resample(rng: Rng, b: Buckets, counts: readonly number[], n: number): Buckets {
  return fromCounts(b.upper, multinomial(rng, n, counts));
}

/**
 * 95 % percentile intervals of quantile(candidate) − quantile(base), one per q, from the same
 * resamples. null when either histogram has no observations.
 */
export function bootstrapQuantileDiffs(base: Buckets, candidate: Buckets, qs: readonly number[], options: BootstrapOptions): Map<number, Interval> | null {
  const nA = Math.round(totalCount(base));
  const nB = Math.round(totalCount(candidate));
  if (nA <= 0 || nB <= 0) return null;
  const rng = createRng(options.seed);
  const countsA = bucketCounts(base);
  const countsB = bucketCounts(candidate);
  const diffs = qs.map(() => new Float64Array(options.resamples));
  for (let r = 0; r < options.resamples; r++) {
    const a = resample(rng, base, countsA, nA);
    const b = resample(rng, candidate, countsB, nB);
    qs.forEach((q, i) => {
      (diffs[i] as Float64Array)[r] = bucketQuantile(q, b) - bucketQuantile(q, a);
    });
  }
  const out = new Map<number, Interval>();
  qs.forEach((q, i) => {
    const d = (diffs[i] as Float64Array).sort();
    out.set(q, { low: percentile(d, 0.025), high: percentile(d, 0.975) });
  });
  return out;
}

// The truth of a latency statistic when a few observations may or may not be in the window: all of
// `inner` surely are, any of `extras` may be. Each statistic is bounded over every such set, so a
// query is wrong only if its answer is outside what any of them allows.
import { bucketOf, type Bucket } from "./buckets.ts";

export interface ObservationSets {
  /** Observations surely in the window. */
  readonly inner: readonly number[];
  /** Observations perhaps in the window (near a scrape whose render moment is uncertain). */
  readonly extras: readonly number[];
}

const asc = (v: readonly number[]) => [...v].sort((a, b) => a - b);

/**
 * Lowest and highest q-quantile (nearest rank, the ceil(q·n)-th smallest) of inner ∪ any subset of
 * extras. With e extras taken, the r-th smallest is at least the (r − e)-th of inner and the r-th of
 * inner ∪ extras, and at most the r-th of inner.
 */
export function quantileRange(sets: ObservationSets, q: number): [number, number] | undefined {
  const inner = asc(sets.inner);
  const all = asc([...sets.inner, ...sets.extras]);
  if (all.length === 0) return undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let e = 0; e <= sets.extras.length; e++) {
    const n = inner.length + e;
    if (n === 0) continue;
    const r = Math.max(1, Math.ceil(q * n));
    const below = r - e >= 1 ? inner[r - e - 1]! : all[0]!;
    lo = Math.min(lo, Math.max(below, all[r - 1]!));
    hi = Math.max(hi, r <= inner.length ? inner[r - 1]! : all.at(-1)!);
  }
  return [lo, hi];
}

/** The buckets any answer may fall in: from the lowest possible quantile's to the highest's. */
export function bucketSpan(bounds: readonly number[], range: [number, number]): Bucket {
  return { lower: bucketOf(bounds, range[0]).lower, upper: bucketOf(bounds, range[1]).upper };
}

/** Lowest and highest mean: add the extras below (above) the running mean, smallest (largest) first. */
export function meanRange(sets: ObservationSets): [number, number] | undefined {
  const extreme = (pickLow: boolean) => {
    let sum = sets.inner.reduce((s, v) => s + v, 0);
    let n = sets.inner.length;
    for (const v of pickLow ? asc(sets.extras) : asc(sets.extras).reverse()) {
      if (n > 0 && (pickLow ? v >= sum / n : v <= sum / n)) break;
      sum += v;
      n++;
    }
    return n === 0 ? undefined : sum / n;
  };
  const [lo, hi] = [extreme(true), extreme(false)];
  return lo === undefined || hi === undefined ? undefined : [lo, hi];
}

/** Lowest and highest share of observations ≤ bound: take only the extras above it, or only those at or below. */
export function shareRange(sets: ObservationSets, bound: number): [number, number] | undefined {
  const within = (v: number) => v <= bound * (1 + 1e-9);
  const k = sets.inner.filter(within).length;
  const [under, over] = [sets.extras.filter(within).length, sets.extras.filter((v) => !within(v)).length];
  const n = sets.inner.length;
  if (n + sets.extras.length === 0) return undefined;
  const share = (hits: number, total: number) => (total === 0 ? Number.NaN : hits / total);
  const lo = share(k, n + over);
  const hi = share(k + under, n + under);
  return [Number.isNaN(lo) ? hi : lo, Number.isNaN(hi) ? lo : hi];
}

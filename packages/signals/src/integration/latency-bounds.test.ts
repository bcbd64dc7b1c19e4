import { describe, expect, it } from "vitest";
import { nearestRank } from "./buckets.ts";
import { bucketSpan, meanRange, quantileRange, shareRange } from "./latency-bounds.ts";

/** Every subset of extras, for checking the bounds by brute force. */
const subsets = <T>(xs: readonly T[]): T[][] => xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

describe("latency bounds over the uncertain observations", () => {
  const sets = { inner: [0.1, 0.2, 0.3, 0.4, 0.9], extras: [0.05, 0.95, 0.5] };

  it("bound the quantile of every set between inner and inner ∪ extras, tightly", () => {
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const values = subsets(sets.extras).map((e) => nearestRank([...sets.inner, ...e], q)!);
      expect(quantileRange(sets, q), `q ${q}`).toEqual([Math.min(...values), Math.max(...values)]);
    }
  });

  it("equal the plain quantile when nothing is uncertain", () => {
    expect(quantileRange({ inner: [3, 1, 2], extras: [] }, 0.5)).toEqual([2, 2]);
    expect(quantileRange({ inner: [], extras: [] }, 0.5)).toBeUndefined();
  });

  it("bound the mean and the share under a threshold the same way", () => {
    const means = subsets(sets.extras).map((e) => [...sets.inner, ...e].reduce((s, v) => s + v, 0) / (sets.inner.length + e.length));
    const [lo, hi] = meanRange(sets)!;
    expect(lo).toBeCloseTo(Math.min(...means), 12);
    expect(hi).toBeCloseTo(Math.max(...means), 12);
    const shares = subsets(sets.extras).map((e) => [...sets.inner, ...e].filter((v) => v <= 0.4).length / (sets.inner.length + e.length));
    expect(shareRange(sets, 0.4)).toEqual([Math.min(...shares), Math.max(...shares)]);
  });

  it("widen the accepted bucket span from the lowest quantile's bucket to the highest's", () => {
    expect(bucketSpan([0.1, 0.5, 1], [0.2, 0.7])).toEqual({ lower: 0.1, upper: 1 });
  });
});

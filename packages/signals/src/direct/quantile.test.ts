import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketQuantile, type Bucket } from "./quantile.ts";

const h = (...pairs: [number, number][]): Bucket[] => pairs.map(([upperBound, count]) => ({ upperBound, count }));
const TTFT = h([0.1, 10], [0.5, 30], [1, 35], [Infinity, 40]);

describe("bucketQuantile (Prometheus 2.42 histogram_quantile), hand-computed", () => {
  it.each([
    ["median interpolates inside (0.1, 0.5]: rank 20 is 10 of that bucket's 20", 0.5, 0.3],
    ["a rank in the first bucket interpolates from 0", 0.2, 0.08],
    ["a rank on a bucket's upper count gives its upper bound", 0.875, 1],
    ["q = 0 gives the lower edge, 0", 0, 0],
    ["a rank in the +Inf bucket gives the highest finite bound", 0.9, 1],
    ["q = 1 gives the highest finite bound", 1, 1],
  ])("%s", (_why, q, want) => expect(bucketQuantile(q, TTFT)).toBeCloseTo(want, 12));

  it("sorts buckets first (Triton writes le last, after _count and _sum)", () => {
    expect(bucketQuantile(0.5, [...TTFT].reverse())).toBeCloseTo(0.3, 12);
  });

  it("merges buckets with the same bound (le written \"1\" and \"1.0\")", () => {
    expect(bucketQuantile(0.5, h([1, 5], [1, 5], [Infinity, 10]))).toBeCloseTo(0.5, 12);
  });

  it("lifts a decreasing count to the running maximum before searching", () => {
    // 0.1:10, 0.5:25, 1:20→25, 2:30; rank 24 lands in (0.1, 0.5]: 0.1 + 0.4·14/15.
    expect(bucketQuantile(0.8, h([0.1, 10], [0.5, 25], [1, 20], [2, 30], [Infinity, 30]))).toBeCloseTo(0.1 + (0.4 * 14) / 15, 12);
  });

  it("returns the upper bound of a first bucket at or below 0 instead of interpolating", () => {
    expect(bucketQuantile(0.1, h([-1, 5], [0, 10], [Infinity, 20]))).toBe(-1);
    expect(bucketQuantile(0.1, h([0, 5], [1, 10], [Infinity, 20]))).toBe(0);
  });

  it.each([
    ["no buckets", 0.5, [] as Bucket[], NaN],
    ["no +Inf bucket (a cut-off scrape)", 0.5, h([0.1, 1], [0.5, 2]), NaN],
    ["only the +Inf bucket", 0.5, h([Infinity, 4]), NaN],
    ["no observations", 0.5, h([0.1, 0], [Infinity, 0]), NaN],
    ["q is NaN", NaN, TTFT, NaN],
    ["q < 0", -0.1, TTFT, -Infinity],
    ["q > 1", 1.5, TTFT, Infinity],
  ])("edge: %s", (_why, q, buckets, want) => expect(bucketQuantile(q, buckets)).toBe(want));
});

describe("bucketQuantile against the true quantile", () => {
  it("lands in the bucket that holds the true value (the ⌈q·n⌉-th smallest observation)", () => {
    const bounds = fc.uniqueArray(fc.double({ min: 0.001, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }).map((b) => b.sort((x, y) => x - y));
    const observations = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 200 });
    fc.assert(fc.property(bounds, observations, fc.double({ min: 0.01, max: 1, noNaN: true }), (les, obs, q) => {
      const sorted = [...obs].sort((a, b) => a - b);
      const truth = sorted[Math.ceil(q * sorted.length) - 1]!;
      const edges = [...les, Infinity];
      const buckets = edges.map((le) => ({ upperBound: le, count: obs.filter((o) => o <= le).length }));
      const k = edges.findIndex((le) => truth <= le);
      if (k === edges.length - 1) return true; // in +Inf: Prometheus answers the highest finite bound
      const lower = k === 0 ? 0 : edges[k - 1]!;
      const estimate = bucketQuantile(q, buckets);
      return estimate >= lower && estimate <= edges[k]!;
    }), { numRuns: 2000 });
  });
});

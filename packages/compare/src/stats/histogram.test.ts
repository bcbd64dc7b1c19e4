import { describe, expect, it } from "vitest";
import { bucketQuantile, bucketVariance, fromCounts, shareAtOrBelow, toBuckets } from "./histogram.ts";

// le=1: 10, le=2: 20, le=4: 30, +Inf: 40 (cumulative), as Prometheus exposes them.
const b = toBuckets({ buckets: [{ le: 1, count: 10 }, { le: 2, count: 20 }, { le: 4, count: 30 }], count: 40 });

describe("bucketQuantile (Prometheus histogram_quantile)", () => {
  it.each([
    [0.25, 1], // rank 10: top of the first bucket
    [0.125, 0.5], // rank 5: the first bucket starts at 0
    [0.375, 1.5], // rank 15: half-way through (1, 2]
    [0.625, 3], // rank 25: half-way through (2, 4]
    [0.9, 4], // rank 36 falls in +Inf: the highest finite bound
  ])("q=%s gives %s", (q, expected) => {
    expect(bucketQuantile(q, b)).toBeCloseTo(expected, 12);
  });

  it("is NaN without observations", () => {
    expect(bucketQuantile(0.5, toBuckets({ buckets: [{ le: 1, count: 0 }], count: 0 }))).toBeNaN();
  });

  it("makes counts monotonic before use, as Prometheus does", () => {
    const dip = toBuckets({ buckets: [{ le: 1, count: 10 }, { le: 2, count: 9.999 }], count: 20 });
    expect(dip.cumulative).toEqual([10, 10, 20]);
  });
});

describe("shareAtOrBelow", () => {
  it("is exact at a bound and interpolates inside a bucket", () => {
    expect(shareAtOrBelow(2, b)).toBeCloseTo(0.5, 12);
    expect(shareAtOrBelow(3, b)).toBeCloseTo(0.625, 12);
  });
});

describe("bucketVariance", () => {
  it("is the uniform-within-bucket variance: one bucket (0, 1] gives 1/12", () => {
    const one = fromCounts([1, Number.POSITIVE_INFINITY], [100, 0]);
    expect(bucketVariance(one, 0.5)).toBeCloseTo(1 / 12, 12);
  });
});

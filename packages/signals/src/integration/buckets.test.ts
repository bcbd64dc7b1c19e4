import { describe, expect, it } from "vitest";
import { answerInBucket, bucketOf, nearestRank } from "./buckets.ts";

const bounds = [0.1, 0.5, 1];

describe("bucketOf", () => {
  it("puts a value on a bound into that bound's bucket (le is inclusive)", () => {
    expect(bucketOf(bounds, 0.5)).toEqual({ lower: 0.1, upper: 0.5 });
    expect(bucketOf(bounds, 0.5000001)).toEqual({ lower: 0.5, upper: 1 });
  });

  it("starts the first bucket at 0, as histogram_quantile does for positive bounds", () => {
    expect(bucketOf(bounds, 0.02)).toEqual({ lower: 0, upper: 0.1 });
    expect(bucketOf([0, 0.1], 0)).toEqual({ lower: 0, upper: 0 });
    expect(bucketOf([0, 0.1], 0.05)).toEqual({ lower: 0, upper: 0.1 });
  });

  it("puts values above the last bound into the +Inf bucket", () => {
    expect(bucketOf(bounds, 3)).toEqual({ lower: 1, upper: Number.POSITIVE_INFINITY });
  });
});

describe("nearestRank", () => {
  it("is the ceil(q·n)-th smallest value", () => {
    const v = [5, 1, 4, 2, 3];
    expect([0.2, 0.21, 0.5, 0.95, 1].map((q) => nearestRank(v, q))).toEqual([1, 2, 3, 5, 5]);
  });

  it("has no value for no observations and refuses q outside (0, 1]", () => {
    expect(nearestRank([], 0.5)).toBeUndefined();
    expect(() => nearestRank([1], 0)).toThrow(/quantile/);
  });
});

describe("answerInBucket", () => {
  it("accepts both edges of a finite bucket and nothing outside", () => {
    const b = { lower: 0.1, upper: 0.5 };
    expect([0.1, 0.3, 0.5].every((x) => answerInBucket(b, x))).toBe(true);
    expect([0.09, 0.51].some((x) => answerInBucket(b, x))).toBe(false);
  });

  it("accepts only the highest finite bound for the +Inf bucket", () => {
    const b = { lower: 1, upper: Number.POSITIVE_INFINITY };
    expect(answerInBucket(b, 1)).toBe(true);
    expect(answerInBucket(b, 2)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { binomial, createRng, multinomial } from "./rng.ts";

function moments(draw: () => number, times: number): { mean: number; variance: number } {
  const xs = Array.from({ length: times }, draw);
  const mean = xs.reduce((s, x) => s + x, 0) / times;
  return { mean, variance: xs.reduce((s, x) => s + (x - mean) ** 2, 0) / times };
}

describe("binomial", () => {
  it.each([
    [20, 0.1], // exact inversion
    [5000, 0.3], // normal approximation
    [1000, 0.995], // flipped: few failures
  ])("Binomial(%s, %s) has mean np and variance np(1-p) within 5 %%", (n, p) => {
    const rng = createRng(42);
    const m = moments(() => binomial(rng, n, p), 20_000);
    expect(m.mean).toBeCloseTo(n * p, 0);
    expect(Math.abs(m.variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.05);
  });

  it("repeats for the same seed", () => {
    const a = createRng(3);
    const b = createRng(3);
    expect(Array.from({ length: 5 }, () => binomial(a, 100, 0.3))).toEqual(Array.from({ length: 5 }, () => binomial(b, 100, 0.3)));
  });
});

describe("multinomial", () => {
  it("keeps the total and leaves empty buckets empty", () => {
    const draw = multinomial(createRng(1), 1000, [10, 0, 30, 60]);
    expect(draw.reduce((s, x) => s + x, 0)).toBe(1000);
    expect(draw[1]).toBe(0);
  });
});

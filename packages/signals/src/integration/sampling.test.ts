import { describe, expect, it } from "vitest";
import { sampled } from "./sampling.ts";

const every = (from: number, to: number, step: number, delay = 0) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, k) => ({ t: from + k * step, answered: from + k * step + delay }));

describe("sampled", () => {
  it("extrapolates to both window edges when the samples are within 1.1 intervals of them", () => {
    // 12 samples 1 s apart in a 12 s window: 11 s sampled, extended to the whole 12 s.
    const s = sampled(every(100.5, 111.5, 1), 112, 12);
    expect(s.rate(1000, 110)).toBeCloseTo(10, 12); // rate = increase / 11 s
  });

  it("extends by half an interval only, on a side whose gap is too long", () => {
    const scrapes = every(103, 111, 1); // 3 s gap at the start
    const s = sampled(scrapes, 112, 12);
    expect(s.rate(1000, 8)).toBeCloseTo((8 + 0.5 + 1) / 8 / 12 * 8, 12);
  });

  it("extrapolates towards the start no further than where the counter would have been 0", () => {
    const s = sampled(every(100.5, 111.5, 1), 112, 12);
    // First value 2, increase 110 over 11 s: 0 was 0.2 s before the first sample, not 0.5 s.
    expect(s.rate(2, 110)).toBeCloseTo((110 * (11 + 0.2 + 0.5)) / 11 / 12, 12);
  });

  it("bounds the events counted by when each scrape started (less the delivery lag) and when its answer was read", () => {
    const s = sampled(every(100.5, 111.5, 1, 0.25), 112, 12, 0.125);
    expect(s.inner).toEqual({ from: 100.75, to: 111.375 });
    expect(s.outer).toEqual({ from: 100.375, to: 111.75 });
    expect(s.best).toEqual({ from: 100.75, to: 111.75 });
  });

  it("ignores scrapes outside the window and needs two inside", () => {
    expect(sampled([...every(80, 99, 1), ...every(100.5, 111.5, 1)], 112, 12, 0).outer.from).toBe(100.5);
    expect(() => sampled(every(100, 100, 1), 112, 12)).toThrow(/1 scrape\(s\)/);
  });
});

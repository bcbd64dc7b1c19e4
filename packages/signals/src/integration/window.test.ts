import { describe, expect, it } from "vitest";
import { increaseIn, observationsIn, sumIn, tokenTimes, valueAt } from "./window.ts";

describe("sumIn", () => {
  it("counts events on both edges of the window and none outside", () => {
    const events = [{ t: 9.9, w: 1 }, { t: 10, w: 2 }, { t: 15, w: 4 }, { t: 20, w: 8 }, { t: 20.1, w: 16 }];
    expect(sumIn(events, { from: 10, to: 20 })).toBe(14);
  });
});

describe("observationsIn", () => {
  it("takes what a counter read at `from` and at `to` moved by: (from, to]", () => {
    const obs = [{ t: 1, value: 0.1 }, { t: 2, value: 0.2 }, { t: 3, value: 0.3 }];
    expect(observationsIn(obs, { from: 1, to: 3 })).toEqual([0.2, 0.3]);
  });
});

describe("counter samples", () => {
  const samples = [{ t: 0, v: 0 }, { t: 1, v: 10 }, { t: 3, v: 30 }, { t: 4, v: 30 }];

  it("interpolates linearly between the samples around t, exact on a sample", () => {
    expect([0, 0.5, 1, 2, 3.5, 4].map((t) => valueAt(samples, t))).toEqual([0, 5, 10, 20, 30, 30]);
  });

  it("refuses a time outside the sampled span instead of extrapolating", () => {
    expect(() => valueAt(samples, 4.5)).toThrow(/no counter samples around t=4.5/);
    expect(() => valueAt([], 1)).toThrow(/never/);
  });

  it("measures the increase over a window, clipped to the sampled span", () => {
    expect(increaseIn(samples, { from: 0.5, to: 2 })).toBe(15);
    expect(increaseIn(samples, { from: -5, to: 10 })).toBe(30);
    expect(increaseIn(samples, { from: 5, to: 6 })).toBe(0);
  });
});

describe("tokenTimes", () => {
  it("uses the record's own token times when it has all of them", () => {
    expect(tokenTimes({ firstTokenAt: 1, finishedAt: 2, outputTokens: 2, tokenTimes: [1, 1.7] })).toEqual([1, 1.7]);
  });

  it("spreads the tokens evenly from the first to the last when it has none", () => {
    expect(tokenTimes({ firstTokenAt: 1, finishedAt: 2, outputTokens: 3 })).toEqual([1, 1.5, 2]);
    expect(tokenTimes({ firstTokenAt: 1, finishedAt: 1, outputTokens: 1 })).toEqual([1]);
  });

  it("has none for a request aborted before its first token", () => {
    expect(tokenTimes({ firstTokenAt: Number.NaN, finishedAt: 2, outputTokens: 0 })).toEqual([]);
  });
});

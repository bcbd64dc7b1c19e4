import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../types.ts";
import { evaluateDirect } from "./evaluate.ts";
import { counterRate } from "./rate.ts";
import { ScrapeStore } from "./store.ts";

const pts = (...tv: [number, number][]) => tv.map(([t, v]) => ({ t: t * 1000, v }));

describe("counterRate (Prometheus 2.42 extrapolatedRate)", () => {
  it("is the plain slope when samples sit on both edges of the range", () => {
    expect(counterRate(pts([0, 0], [15, 15], [30, 30], [45, 45], [60, 60]), 60_000, 60_000)).toBe(1);
  });

  it("adds the pre-reset value at a reset and extrapolates 15 s to the range start", () => {
    // 100 → 110 → (restart) 5 → 15: increase 10 + 5 + 10 = 25 over 45 s sampled, extended to 60 s.
    expect(counterRate(pts([0, 100], [15, 110], [30, 5], [45, 15]), 45_000, 60_000)).toBeCloseTo(25 / 45, 12);
  });

  it("does not extrapolate a new counter back past its zero point", () => {
    // 5 at 30 s rising 1/s: it was 0 at 25 s, so the increase counts from there: 35 over the 60 s range.
    expect(counterRate(pts([30, 5], [45, 20], [60, 35]), 60_000, 60_000)).toBeCloseTo(35 / 60, 12);
  });

  it("extrapolates half an interval past a series that stopped well before the range end", () => {
    expect(counterRate(pts([0, 0], [15, 15], [30, 30]), 60_000, 60_000)).toBeCloseTo((30 * 37.5) / 30 / 60, 12);
  });

  it("gives nothing from fewer than two samples", () => {
    expect(counterRate([], 0, 60_000)).toBeUndefined();
    expect(counterRate(pts([0, 5]), 0, 60_000)).toBeUndefined();
  });

  it("is never negative for a counter that restarts any number of times", () => {
    const counter = fc.array(fc.record({ dt: fc.integer({ min: 1, max: 30_000 }), inc: fc.double({ min: 0, max: 1e6, noNaN: true }), reset: fc.boolean() }), { minLength: 2, maxLength: 60 });
    fc.assert(fc.property(counter, fc.integer({ min: 0, max: 60_000 }), (steps, slack) => {
      let t = 0;
      let v = 0;
      const points = steps.map((s) => ({ t: (t += s.dt), v: (v = s.reset ? s.inc : v + s.inc) }));
      const end = t + slack;
      const r = counterRate(points, end, end - points[0]!.t + slack);
      return r !== undefined && r >= 0;
    }), { numRuns: 2000 });
  });
});

describe("rate through the store across a backend restart", () => {
  const expr: Expr = { kind: "rate", metric: { names: ["vllm:generation_tokens_total"] } };
  const ctx = { scope: { by: "total" as const }, modelLabel: "model_name", windowSeconds: 60 };
  const body = (v: number) => [{ name: "vllm:generation_tokens_total", labels: Object.create(null), value: v }];

  /** 10 tokens/s, scraped every 5 s; the process restarts at 302 s and counts from 0 again. */
  function history(downUntil: number) {
    const store = new ScrapeStore();
    for (let t = 0; t <= 480; t += 5) {
      const target = { address: "127.0.0.1:8000" };
      if (t > 302 && t < downUntil) store.record(target, { t: t * 1000, ok: false, error: { kind: "unreachable", message: "restarting" } });
      else store.record(target, { t: t * 1000, ok: true, samples: body(t <= 302 ? 10 * t : 10 * (t - Math.max(302, downUntil))) });
    }
    return store;
  }
  const rateAt = (store: ScrapeStore, t: number) => evaluateDirect(expr, ctx, store, t * 1000)[0]?.value;

  it("stays non-negative and within 5 % of the true rate from the first scrape after the restart", () => {
    const store = history(0);
    for (let t = 60; t <= 480; t += 5) {
      const r = rateAt(store, t)!;
      expect(r, `at ${t} s`).toBeGreaterThanOrEqual(0);
      // Only the 20 tokens counted between the last scrape (300 s) and the crash (302 s) are lost.
      expect(Math.abs(r - 10) / 10, `at ${t} s: ${r}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("stays non-negative through 30 s of failed scrapes while the backend is down", () => {
    const store = history(335);
    for (let t = 60; t <= 480; t += 5) expect(rateAt(store, t) ?? 0, `at ${t} s`).toBeGreaterThanOrEqual(0);
    expect(rateAt(store, 400)).toBeCloseTo(10, 6);
  });
});

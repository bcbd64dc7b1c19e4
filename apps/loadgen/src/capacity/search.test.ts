import { describe, expect, it } from "vitest";
import type { SearchSpec } from "../spec/run-spec.ts";
import { nextStep, type ProbeOutcome } from "./search.ts";

const spec: SearchSpec = { probeSeconds: 10, tolerance: 0.05, maxProbes: 20 };

/** Runs the search against a server that passes every rate up to `capacity`. */
function search(capacity: number, start: number, s: SearchSpec = spec): { found: number; probes: number[]; reason: string } {
  const history: ProbeOutcome[] = [];
  for (;;) {
    const step = nextStep(history, s, start);
    if ("done" in step) return { found: step.done.capacity, probes: history.map((p) => p.rate), reason: step.done.reason };
    history.push({ rate: step.probe, pass: step.probe <= capacity });
  }
}

describe("nextStep", () => {
  it("doubles from the start rate until a probe fails, then bisects to within the tolerance below capacity", () => {
    const r = search(37, 1);
    expect(r.probes.slice(0, 7)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(r.found).toBeLessThanOrEqual(37);
    expect(r.found).toBeGreaterThanOrEqual(37 * 0.95);
    expect(r.reason).toMatch(/within 5\.0 %/);
  });

  it("halves from a start rate above capacity until one passes", () => {
    const r = search(3, 40);
    expect(r.probes.slice(0, 5)).toEqual([40, 20, 10, 5, 2.5]);
    expect(r.found).toBeGreaterThanOrEqual(3 * 0.95);
  });

  it("answers 0 when even --rate-min fails, and --rate-max when that passes", () => {
    expect(search(0.5, 4, { ...spec, rateMin: 1 })).toMatchObject({ found: 0, probes: [4, 2, 1] });
    expect(search(100, 4, { ...spec, rateMax: 10 })).toMatchObject({ found: 10, probes: [4, 8, 10] });
  });

  it("stops at the probe budget with the best rate that passed", () => {
    const r = search(37, 1, { ...spec, maxProbes: 8 });
    expect(r.probes).toHaveLength(8);
    expect(r.reason).toMatch(/^probe budget spent/);
    expect(r.found).toBe(Math.max(...r.probes.filter((p) => p <= 37)));
  });

  it("ignores a pass above the lowest failure (noise) when bracketing", () => {
    const history = [{ rate: 10, pass: true }, { rate: 20, pass: false }, { rate: 30, pass: true }];
    expect(nextStep(history, spec, 10)).toEqual({ probe: 15 });
  });
});

import { parseTrace } from "@throtl/workload";
import { describe, expect, it } from "vitest";
import type { Workload } from "../spec/run-spec.ts";
import { rampArrivals } from "./arrivals.ts";
import { buildPlan } from "./plan.ts";
import { testSpec } from "./testing.ts";

const lengths = { kind: "fixed", promptTokens: 200, outputTokens: 100 } as const;
const openPlan = (workload: Workload, seed = 0) => {
  const p = buildPlan(testSpec({ workload, seed }));
  if (p.kind !== "open") throw new Error("expected an open plan");
  return p.requests;
};

describe("buildPlan", () => {
  it("spaces a constant rate exactly 1/rate apart with the fixed lengths", () => {
    const reqs = openPlan({ kind: "rate", arrivals: { kind: "constant", rate: 4 }, lengths, stop: { requests: 3 } });
    expect(reqs).toEqual([0, 0.25, 0.5].map((at, index) => ({ index, at, promptTokens: 200, outputTokens: 100 })));
  });

  it("bounds a Poisson rate by seconds: about rate x seconds arrivals, all inside the span, same for a seed", () => {
    const w: Workload = { kind: "rate", arrivals: { kind: "poisson", rate: 50 }, lengths, stop: { seconds: 20 } };
    const reqs = openPlan(w, 7);
    expect(Math.abs(reqs.length - 1000)).toBeLessThan(100);
    expect(reqs.every((r) => r.at >= 0 && r.at < 20)).toBe(true);
    expect(openPlan(w, 7)).toEqual(reqs);
    expect(openPlan(w, 8)[1]!.at).not.toBe(reqs[1]!.at);
  });

  it("ramps linearly: a 0→20 req/s ramp over 10 s sends 100 requests, three times as many in the second half", () => {
    const reqs = openPlan({ kind: "ramp", from: 0, to: 20, seconds: 10, shape: { kind: "constant" }, lengths });
    expect(reqs.length).toBe(100);
    const firstHalf = reqs.filter((r) => r.at < 5).length;
    expect(firstHalf).toBe(25);
    expect(reqs.at(-1)!.at).toBeLessThan(10);
  });

  it("solves the ramp for falling and flat rates too", () => {
    expect(rampArrivals(10, 10, 2, { kind: "constant", rate: 1 }, 0)).toEqual(Array.from({ length: 20 }, (_, i) => i / 10));
    const falling = rampArrivals(20, 0, 10, { kind: "constant", rate: 1 }, 0);
    expect(falling.length).toBe(100);
    expect(falling.filter((t) => t < 5).length).toBe(75);
  });

  it("keeps a closed loop as its concurrency and bound", () => {
    expect(buildPlan(testSpec({ workload: { kind: "concurrency", concurrency: 8, lengths, stop: { seconds: 30 } } }))).toEqual({
      kind: "closed", concurrency: 8, seconds: 30, promptTokens: 200, outputTokens: 100,
    });
  });

  it("replays a trace's arrivals and lengths, 0-token rows as 1 token", () => {
    const trace = parseTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.0,374,44\n2023-11-16 18:15:48.0,0,0\n", "t.csv", { speedup: 2 });
    const reqs = buildPlan(testSpec({ workload: { kind: "trace", file: "t.csv", sha256: "0".repeat(64), speedup: 2 } }), trace);
    expect(reqs).toEqual({ kind: "open", requests: [{ index: 0, at: 0, promptTokens: 374, outputTokens: 44 }, { index: 1, at: 1, promptTokens: 1, outputTokens: 1 }] });
  });
});

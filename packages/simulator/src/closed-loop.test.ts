import { describe, expect, it } from "vitest";
import { simulateClosedLoop } from "./closed-loop.ts";
import { resolveConfig } from "./config.ts";
import { simulate } from "./simulation.ts";

const engine = (maxNumSeqs: number) => resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxNumSeqs, gpuMemoryUtilization: 0.9 });
const load = { clients: 64, promptTokens: 100, outputTokens: 128, seconds: 60, warmupSeconds: 10 };

describe("closed-loop simulation", () => {
  it("raising max_num_seqs below the client count raises throughput (decode is memory-bound: the batch is nearly free)", () => {
    const small = simulateClosedLoop(engine(8), load);
    const large = simulateClosedLoop(engine(32), load);
    expect(large.outputTokensPerSecond / small.outputTokensPerSecond).toBeGreaterThan(2.5);
    expect(large.outputTokensPerSecond / small.outputTokensPerSecond).toBeLessThan(4);
  });

  it("max_num_seqs above the client count changes nothing", () => {
    const a = simulateClosedLoop(engine(64), { ...load, clients: 16 });
    const b = simulateClosedLoop(engine(256), { ...load, clients: 16 });
    expect(b.outputTokensPerSecond).toBeCloseTo(a.outputTokensPerSecond, 6);
  });

  it("counts tokens as requests × output length, and agrees with an open replay of one batch", () => {
    const r = simulateClosedLoop(engine(8), { clients: 8, promptTokens: 100, outputTokens: 128, seconds: 30 });
    expect(r.outputTokensPerSecond).toBeCloseTo(r.requestRate * 128, 9);
    // The first batch alone, replayed open-loop, finishes when the closed loop's first eight do.
    const batch = simulate(engine(8), Array.from({ length: 8 }, (_, i) => ({ id: `b${i}`, arrival: 0, promptTokens: 100, maxTokens: 128 })));
    const firstRound = Math.max(...batch.records.map((x) => x.finishedAt));
    expect(r.requestRate).toBeGreaterThan((8 / firstRound) * 0.9);
    expect(r.requestRate).toBeLessThan((8 / firstRound) * 1.1);
  });

  it("rejects a load that cannot run", () => {
    expect(() => simulateClosedLoop(engine(8), { ...load, clients: 0 })).toThrow(/clients/);
    expect(() => simulateClosedLoop(engine(8), { ...load, promptTokens: 1_000_000 })).toThrow(/rejects/);
  });
});

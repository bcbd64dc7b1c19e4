import { describe, expect, it } from "vitest";
import { syntheticBlockHashes } from "./block-hashes.ts";
import { resolveConfig, type EngineConfig } from "./config.ts";
import { simulate } from "./simulation.ts";
import { mean, uniform } from "./test-support/workloads.ts";
import type { RequestInput } from "./types.ts";

const base: EngineConfig = { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 8192 };
const cfg = (o: Partial<EngineConfig> = {}) => resolveConfig({ ...base, ...o });
const outputRate = (r: ReturnType<typeof simulate>) =>
  r.records.reduce((a, x) => a + x.outputTokens, 0) / (Math.max(...r.records.map((x) => x.finishedAt)) - r.records[0]!.arrival);

describe("engine behaviour", () => {
  it("raises output throughput with max_num_seqs while KV and compute have headroom", () => {
    const burst = uniform(600, 0, 512, 256);
    const rates = [4, 16, 64, 256].map((s) => outputRate(simulate(cfg({ maxNumSeqs: s }), burst)));
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]! * 1.5);
  });

  it("stops gaining throughput from max_num_seqs once the KV cache is the limit", () => {
    // ~0.2 of an H100 leaves room for roughly 60 sequences of 2k tokens.
    const small = { gpuMemoryUtilization: 0.25 };
    const burst = uniform(400, 0, 1536, 512);
    const at256 = outputRate(simulate(cfg({ ...small, maxNumSeqs: 256 }), burst));
    const at1024 = outputRate(simulate(cfg({ ...small, maxNumSeqs: 1024 }), burst));
    expect(at1024 / at256).toBeLessThan(1.1);
    expect(at1024 / at256).toBeGreaterThan(0.9);
  });

  it("preempts when the KV cache is too small for the running batch, and never with ample KV", () => {
    const burst = uniform(300, 0, 1024, 1024);
    const tight = simulate(cfg({ gpuMemoryUtilization: 0.22, maxNumSeqs: 256 }), burst);
    expect(tight.numPreemptions).toBeGreaterThan(0);
    expect(tight.records.some((r) => r.numPreemptions > 0)).toBe(true);
    // 128 sequences x 2048 tokens = 262k tokens, well inside the ~450k-token cache.
    const ample = simulate(cfg({ maxNumSeqs: 128 }), burst);
    expect(ample.numPreemptions).toBe(0);
  });

  it("grows TTFT with queueing: later requests of a burst wait longer for their first token", () => {
    const r = simulate(cfg({ maxNumSeqs: 32 }), uniform(256, 0, 512, 128));
    const ttft = r.records.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))).map((x) => x.firstTokenAt - x.arrival);
    expect(mean(ttft.slice(-32))).toBeGreaterThan(5 * mean(ttft.slice(0, 32)));
    const queue = r.records.map((x) => x.scheduledAt - x.arrival);
    expect(Math.max(...queue)).toBeGreaterThan(1);
  });

  it("grows decode inter-token latency with batch size (memory-bound decode reads more KV)", () => {
    const itl = (concurrency: number) => {
      const res = simulate(cfg({ maxNumSeqs: concurrency }), uniform(concurrency, 0, 1024, 256), { recordTokenTimes: true });
      const gaps: number[] = [];
      for (const rec of res.records) for (let i = 2; i < rec.tokenTimes!.length; i++) gaps.push(rec.tokenTimes![i]! - rec.tokenTimes![i - 1]!);
      return mean(gaps);
    };
    const [a, b, c] = [itl(1), itl(64), itl(256)];
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    // Llama-3.1-8B on one H100 at batch 1: ~6-9 ms per token (16 GB of weights at ~2.7 TB/s plus overhead).
    expect(a).toBeGreaterThan(0.005);
    expect(a).toBeLessThan(0.01);
  });

  it("conserves requests and tokens: every admitted request finishes, token events equal the records", () => {
    let tokens = 0;
    const inputs: RequestInput[] = uniform(500, 0.01, 700, 300).map((r, i) => ({ ...r, stopAt: i % 3 === 0 ? 50 + i : undefined }));
    const res = simulate(cfg({ gpuMemoryUtilization: 0.3, maxNumSeqs: 128 }), inputs, { observer: { onToken: () => { tokens++; } } });
    expect(res.records).toHaveLength(500);
    expect(res.rejected).toHaveLength(0);
    expect(tokens).toBe(res.records.reduce((a, r) => a + r.outputTokens, 0));
    for (const r of res.records) {
      expect(r.outputTokens).toBe(r.finishReason === "stop" ? Number(r.id.slice(1)) + 50 : 300);
      expect(r.arrival).toBeLessThanOrEqual(r.scheduledAt);
      expect(r.scheduledAt).toBeLessThan(r.firstTokenAt);
      expect(r.firstTokenAt).toBeLessThanOrEqual(r.finishedAt);
    }
  });

  it("never schedules more than max_num_batched_tokens or max_num_seqs in a step (chunked prefill)", () => {
    const res = simulate(cfg({ maxNumBatchedTokens: 512, maxNumSeqs: 16 }), uniform(40, 0.005, 3000, 20), { recordSteps: true });
    expect(Math.max(...res.steps.map((s) => s.numTokens))).toBe(512);
    expect(Math.max(...res.steps.map((s) => s.numSeqs))).toBeLessThanOrEqual(16);
    expect(res.records).toHaveLength(40);
  });

  it("serves shared prefixes from the prefix cache: cached tokens counted, TTFT lower than without caching", () => {
    const bs = 16;
    const inputs = uniform(200, 0.05, 2048, 32).map((r) => ({ ...r, blockHashes: syntheticBlockHashes(2048, bs, "sys", 1536, r.id) }));
    const on = simulate(cfg(), inputs);
    const off = simulate(cfg({ enablePrefixCaching: false }), inputs);
    const cached = on.records.filter((r) => r.cachedTokens === 1536).length;
    expect(cached).toBeGreaterThanOrEqual(199);
    expect(off.records.every((r) => r.cachedTokens === 0)).toBe(true);
    const ttft = (r: typeof on) => mean(r.records.map((x) => x.firstTokenAt - x.arrival));
    expect(ttft(on)).toBeLessThan(ttft(off));
  });

  it("rejects prompts at or beyond max_model_len and max_tokens that overflow it, and serves the rest", () => {
    const res = simulate(cfg({ maxModelLen: 1024 }), [
      { id: "ok", arrival: 0, promptTokens: 1000, maxTokens: 24 },
      { id: "long", arrival: 0, promptTokens: 1024, maxTokens: 1 },
      { id: "over", arrival: 0, promptTokens: 1000, maxTokens: 25 },
      { id: "default", arrival: 0, promptTokens: 1000 },
    ]);
    expect(res.rejected.map((r) => [r.input.id, r.rejection.reason])).toEqual([["long", "prompt_too_long"], ["over", "max_tokens_too_large"]]);
    expect(res.records.find((r) => r.id === "default")!.outputTokens).toBe(24);
  });

  it("is deterministic: the same inputs give identical records", () => {
    const inputs = uniform(300, 0.02, 800, 200);
    expect(simulate(cfg({ gpuMemoryUtilization: 0.25 }), inputs).records).toEqual(simulate(cfg({ gpuMemoryUtilization: 0.25 }), inputs).records);
  });

  it("spreads load over data-parallel engines and beats one engine's throughput", () => {
    const burst = uniform(800, 0, 512, 256);
    const one = simulate(cfg({ maxNumSeqs: 64 }), burst);
    const two = simulate(cfg({ maxNumSeqs: 64, dataParallelSize: 2 }), burst);
    const perEngine = [0, 1].map((e) => two.records.filter((r) => r.engine === e).length);
    expect(Math.abs(perEngine[0]! - perEngine[1]!)).toBeLessThanOrEqual(8);
    expect(outputRate(two)).toBeGreaterThan(1.8 * outputRate(one));
  });
});

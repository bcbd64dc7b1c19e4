import { describe, expect, it } from "vitest";
import { DEFAULT_HEALTH_THRESHOLDS } from "../health/thresholds.ts";
import { observe } from "../test-support/observe.ts";
import { RULES, recommend } from "./recommend.ts";

const GiB = 1024 ** 3;

describe("recommend", () => {
  it("has at least 12 rules with unique ids", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("stays silent when nothing is known", () => {
    expect(recommend(observe())).toEqual([]);
  });

  it("stays silent on values that are all unsupported", () => {
    const unsupported = Object.fromEntries(["request_rate", "error_rate", "kv_cache_usage", "preemption_rate", "waiting", "running", "gpu_util"].map((s) => [s, "unsupported"]));
    expect(recommend(observe({ current: unsupported, previous: unsupported }))).toEqual([]);
  });

  it("answers a KV-starved H100 with the memory levers, most severe first", () => {
    const o = observe({
      current: {
        request_rate: 8, error_rate: 0.03, kv_cache_usage: 0.97, preemption_rate: 0.4, running: 120, waiting: 30,
        vram_used: 72.5 * GiB, vram_total: 80 * GiB, gpu_util: 0.9,
      },
      previous: { waiting: 20 },
      config: { gpuModel: "NVIDIA H100 80GB HBM3", maxNumSeqs: 128, gpuMemoryUtilization: 0.9, kvCacheDtype: "auto", maxModelLen: 131072, blockSize: 16 },
      promptTokens: { p99: 6000 }, outputTokens: { p95: 1000 },
    });
    expect(recommend(o).map((r) => r.id)).toEqual([
      "error-rate", "raise-gpu-memory-utilization", "lower-max-num-seqs", "kv-cache-fp8", "shorten-max-model-len",
    ]);
  });

  it("passes the caller's thresholds to the rules", () => {
    const o = observe({ current: { error_rate: 0.015 } });
    expect(recommend(o)).toEqual([]);
    const strict = recommend(o, { thresholds: { ...DEFAULT_HEALTH_THRESHOLDS, errorRate: 0.01 } });
    expect(strict.map((r) => r.id)).toEqual(["error-rate"]);
  });
});

// Complete, self-consistent snapshots for tests: every catalog signal, latency quantiles computed
// from their own histograms (as Prometheus would), SLO attainment from the same buckets.
import { LATENCY_STATS, QUANTILE_OF, SIGNAL_IDS, SIGNALS, type SignalId } from "@throtl/signals";
import type { HistogramWindow, SignalValue, Snapshot, SnapshotData, SnapshotInput } from "../model/snapshot-schema.ts";
import { snapshotInputSchema } from "../model/snapshot-schema.ts";
import { bucketQuantile, shareAtOrBelow, toBuckets } from "../stats/histogram.ts";
import { createRng, normal } from "../stats/rng.ts";
import { bucketsFor } from "./buckets.ts";

/** Median seconds of each latency signal in the default snapshot. */
const MEDIAN: Partial<Record<SignalId, number>> = { ttft: 0.2, itl: 0.03, tpot: 0.03, e2e: 6, queue_time: 0.02 };

/** Plausible values for one Llama-8B-on-H100-like server at 4 req/s. */
const VALUE: Partial<Record<SignalId, number>> = {
  request_rate: 4, error_rate: 0.002, prompt_tokens_rate: 4000, generation_tokens_rate: 800, running: 14, waiting: 1,
  kv_cache_usage: 0.42, preemption_rate: 0.01, prefix_cache_hit_rate: 0.3, batch_size: 14, tokens_per_step: 290,
  gpu_util: 0.81, vram_used: 72e9, vram_total: 80e9, power: 520, temperature: 64, energy_per_token: 0.65, cost_per_1k_tokens: 0.0012,
};

export interface LatencyShape {
  readonly observations: number;
  readonly median: number;
  /** Log-normal sigma; 0.5 is a moderately long tail. */
  readonly sigma?: number;
  readonly seed?: number;
}

/** Observations drawn from a seeded log-normal, counted into the signal's vLLM buckets. */
export function latencyHistogram(signal: SignalId, shape: LatencyShape): HistogramWindow {
  const rng = createRng(shape.seed ?? 7);
  const bounds = bucketsFor(signal);
  const counts = new Array<number>(bounds.length).fill(0);
  let sum = 0;
  for (let i = 0; i < shape.observations; i++) {
    const x = shape.median * Math.exp((shape.sigma ?? 0.5) * normal(rng));
    sum += x;
    const b = bounds.findIndex((le) => x <= le);
    if (b >= 0) counts[b] = (counts[b] ?? 0) + 1;
  }
  let cum = 0;
  return { signal, buckets: bounds.map((le, i) => ({ le, count: (cum += counts[i] ?? 0) })), count: shape.observations, sum };
}

/** The p50…p99 and mean values of a histogram, as the panel records them. */
export function latencyValues(h: HistogramWindow): SignalValue[] {
  const b = toBuckets(h);
  return LATENCY_STATS.map((stat) => ({
    signal: h.signal, stat, unsupported: null, spread: null,
    value: stat === "mean" ? (h.count > 0 && h.sum !== null ? h.sum / h.count : null) : bucketQuantile(QUANTILE_OF[stat], b),
  }));
}

export interface SnapshotRecipe {
  /** Multiplies every latency median (1.3 = 30 % slower). */
  readonly latencyScale?: number;
  /** Finished requests per second; sets request_rate and the histograms' observation counts. */
  readonly requestRate?: number;
  readonly windowSeconds?: number;
  readonly seed?: number;
  /** Overrides by signal id for single-value signals. */
  readonly values?: Partial<Record<SignalId, number | null>>;
}

/** A complete snapshot body; fields in `overrides` replace the generated ones. */
export function snapshotInput(overrides: Partial<SnapshotInput> = {}, recipe: SnapshotRecipe = {}): SnapshotData {
  const rate = recipe.requestRate ?? 4;
  const seconds = recipe.windowSeconds ?? 600;
  const start = new Date("2026-11-20T10:00:00Z");
  const requests = Math.round(rate * seconds);
  const histograms: HistogramWindow[] = [];
  const signals: SignalValue[] = [];
  SIGNAL_IDS.forEach((signal, i) => {
    if (SIGNALS[signal].shape === "latency") {
      const perToken = signal === "itl" || signal === "tpot";
      const h = latencyHistogram(signal, {
        observations: perToken ? requests * 20 : requests,
        median: (MEDIAN[signal] ?? 0.1) * (recipe.latencyScale ?? 1),
        seed: (recipe.seed ?? 1) * 1000 + i,
      });
      histograms.push(h);
      signals.push(...latencyValues(h));
    } else {
      const fixed = recipe.values?.[signal];
      const value = fixed !== undefined ? fixed : signal === "request_rate" ? rate : (VALUE[signal] ?? 1);
      signals.push({ signal, stat: "value", value, unsupported: null, spread: null });
    }
  });
  const slo = (signal: SignalId, t: number) => ({ signal, thresholdSeconds: t, attainment: shareAtOrBelow(t, toBuckets(histograms.find((h) => h.signal === signal) as HistogramWindow)) });
  return snapshotInputSchema.parse({
    name: "baseline",
    tags: ["test"],
    scope: { model: "meta-llama/Llama-3.1-8B-Instruct", instances: ["127.0.0.1:8000"] },
    window: { start, end: new Date(start.getTime() + seconds * 1000) },
    backend: { flavor: "vllm", version: "0.11.0" },
    engineConfig: [
      { flag: "max_num_seqs", value: "256", origin: "cache_config_info" },
      { flag: "gpu_memory_utilization", value: "0.9", origin: "cache_config_info" },
      { flag: "--max-num-batched-tokens", value: 8192, origin: "launch_args" },
      { flag: "enable_prefix_caching", value: "True", origin: "cache_config_info" },
    ],
    workload: { requestRate: rate, promptTokens: { mean: 1000, p50: 900, p90: 1800, p99: 3000, max: 4000 }, outputTokens: { mean: 200, p50: 180, p90: 400, p99: 700, max: 1000 }, loadRun: null },
    signals,
    histograms,
    slos: [slo("ttft", 0.5), slo("e2e", 10)],
    ...overrides,
  });
}

/** A snapshot as if stored: snapshotInput plus an id and creation time. */
export function snapshot(id: string, overrides: Partial<SnapshotInput> = {}, recipe: SnapshotRecipe = {}): Snapshot {
  return { ...snapshotInput(overrides, recipe), id, createdAt: new Date("2026-11-20T11:00:00Z") };
}

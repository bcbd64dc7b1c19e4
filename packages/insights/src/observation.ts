import type { LatencyStat, SignalId } from "@throtl/signals";

/**
 * What insights read: one scope's (total, model or instance) values for the current and the previous
 * window, the engine config when known, and the user's settings. Loaders build it; nothing here reads
 * a clock: `at` is the evaluation time.
 */

/** A number, no data (`null`), or a signal this backend does not export. Never coerce to 0. */
export type Value = number | null | "unsupported";

/** The latency signals (catalog shape "latency"); a test keeps this list equal to the catalog's. */
export const LATENCY_SIGNALS = ["ttft", "itl", "tpot", "e2e", "queue_time"] as const satisfies readonly SignalId[];
export type LatencySignalId = (typeof LATENCY_SIGNALS)[number];

/** A histogram's statistics over one window; `sloAttainment` is the share of requests within target. */
export type LatencyValues = { readonly [S in LatencyStat]?: Value } & { readonly sloAttainment?: Value };

/** One window's values by signal; an absent key means no data, like `null`. */
export type SignalValues = { readonly [S in SignalId]?: S extends LatencySignalId ? LatencyValues : Value };

/**
 * The engine's launch config, from vLLM's `cache_config_info` labels or the launch args. Every field
 * is optional: unknown stays unknown, and rules that need a field stay silent or say so.
 */
export interface EngineConfig {
  readonly maxNumSeqs?: number;
  readonly maxNumBatchedTokens?: number;
  readonly gpuMemoryUtilization?: number;
  readonly maxModelLen?: number;
  readonly blockSize?: number;
  /** `num_gpu_blocks` of cache_config_info, per engine. */
  readonly numGpuBlocks?: number;
  readonly enablePrefixCaching?: boolean;
  readonly enableChunkedPrefill?: boolean;
  readonly tensorParallelSize?: number;
  readonly dataParallelSize?: number;
  /** As dcgm-exporter's `modelName` label prints it, e.g. "NVIDIA H100 80GB HBM3". */
  readonly gpuModel?: string;
  readonly gpuCount?: number;
  /** The served model, e.g. "meta-llama/Llama-3.1-8B-Instruct". */
  readonly model?: string;
  /** `--quantization` (e.g. "fp8", "awq"); absent: unknown, "none": unquantized. */
  readonly quantization?: string;
  /** `--kv-cache-dtype` ("auto", "fp8", ...). */
  readonly kvCacheDtype?: string;
}

/** Token-length statistics of one window, from vllm:request_{prompt,generation}_tokens histograms. */
export interface LengthStats {
  readonly mean?: number | null;
  readonly p95?: number | null;
  readonly p99?: number | null;
}

export interface BackendStatus {
  /** Prometheus `up` or a direct scrape's success; null: not known yet. */
  readonly up: boolean | null;
  /** Unix seconds of the newest sample; null: no sample at all. */
  readonly lastSampleAt: number | null;
}

export interface SloTargets {
  readonly ttftP95Seconds?: number;
  readonly itlP95Seconds?: number;
  /** Share of requests that must succeed, e.g. 0.999. */
  readonly availability?: number;
}

export interface UserSettings {
  readonly slo?: SloTargets;
  /** What one GPU costs per hour; overrides the GPU table's price for the GPU in use. */
  readonly gpuHourlyUsd?: number;
  readonly gpuCount?: number;
}

export interface Observation {
  /** Evaluation time, unix seconds. */
  readonly at: number;
  /** Length of each window, seconds (rates and averages are over this span). */
  readonly windowSeconds: number;
  readonly backend: BackendStatus;
  readonly current: SignalValues;
  readonly previous: SignalValues;
  readonly config: EngineConfig;
  readonly promptTokens: LengthStats;
  readonly outputTokens: LengthStats;
  readonly settings: UserSettings;
}

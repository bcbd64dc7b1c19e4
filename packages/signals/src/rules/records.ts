import type { LatencyStat, SignalId, SignalQuery } from "../types.ts";

/** Recording-rule levels: engine signals per instance and model, GPU signals per instance. */
export type Level = "instance_model" | "instance";

/** The label every instance_model record names its model by, whatever the flavor calls it. */
export const MODEL_LABEL = "model_name";

/** One recorded series: `level:metric:op`, what it asks the catalog, over which window. */
export interface RecordSpec {
  readonly record: string;
  readonly level: Level;
  readonly query: SignalQuery;
  readonly window: string;
  /** Record 1 − value: the SLO's bad-event ratio from the share of good ones. */
  readonly complement?: boolean;
}

const spec = (level: Level, metric: string, op: string, query: SignalQuery, window = "5m", complement = false): RecordSpec =>
  ({ record: `${level}:${metric}:${op}`, level, query, window, ...(complement ? { complement } : {}) });

const rates = (signal: SignalId, metric: string) =>
  ["1m", "5m"].map((w) => spec("instance_model", metric, `rate${w}`, { signal }, w));

const latency = (signal: SignalId, metric: string) =>
  (["p50", "p95", "p99", "mean"] as const satisfies readonly LatencyStat[]).map((stat) => spec("instance_model", metric, `${stat}_5m`, { signal, stat }));

/** Engine signals per instance and model. */
export const ENGINE_RECORDS: readonly RecordSpec[] = [
  ...rates("request_rate", "throtl_requests"),
  ...rates("prompt_tokens_rate", "throtl_prompt_tokens"),
  ...rates("generation_tokens_rate", "throtl_generation_tokens"),
  ...rates("preemption_rate", "throtl_preemptions"),
  spec("instance_model", "throtl_prefix_cache_hits", "ratio_rate5m", { signal: "prefix_cache_hit_rate" }),
  spec("instance_model", "throtl_requests_running", "sum", { signal: "running" }),
  spec("instance_model", "throtl_requests_waiting", "sum", { signal: "waiting" }),
  spec("instance_model", "throtl_kv_cache_usage", "ratio", { signal: "kv_cache_usage" }),
  spec("instance_model", "throtl_batch_size", "avg", { signal: "batch_size" }),
  spec("instance_model", "throtl_tokens_per_step", "avg_5m", { signal: "tokens_per_step" }),
  ...latency("ttft", "throtl_ttft_seconds"),
  ...latency("itl", "throtl_itl_seconds"),
  ...latency("tpot", "throtl_tpot_seconds"),
  ...latency("e2e", "throtl_e2e_seconds"),
  ...latency("queue_time", "throtl_queue_time_seconds"),
];

/** Windows of the SRE workbook's multi-window burn-rate alerts (1h/5m and 6h/30m). */
export const SLO_WINDOWS = ["5m", "30m", "1h", "6h"] as const;

/** Bad-event ratios of the two SLOs, per burn-rate window. */
export function sloRecords(ttftSloSeconds: number): RecordSpec[] {
  return SLO_WINDOWS.flatMap((w) => [
    spec("instance_model", "throtl_ttft_slo_misses", `ratio_rate${w}`, { signal: "ttft", sloSeconds: ttftSloSeconds }, w, true),
    spec("instance_model", "throtl_request_errors", `ratio_rate${w}`, { signal: "error_rate" }, w),
  ]);
}

/** GPU signals per instance (the dcgm target carries its engine's instance label). */
export const GPU_RECORDS: readonly RecordSpec[] = [
  spec("instance", "throtl_gpu_utilization", "avg", { signal: "gpu_util" }),
  spec("instance", "throtl_vram_used_bytes", "sum", { signal: "vram_used" }),
  spec("instance", "throtl_vram_total_bytes", "sum", { signal: "vram_total" }),
  spec("instance", "throtl_gpu_power_watts", "sum", { signal: "power" }),
  spec("instance", "throtl_gpu_temperature_celsius", "max", { signal: "temperature" }),
  spec("instance", "throtl_energy_per_token_joules", "ratio_rate5m", { signal: "energy_per_token" }),
];

/** Derived from two GPU records above, not from the catalog. */
export const VRAM_USED_RATIO = "instance:throtl_vram_used:ratio";

/** Record names the alerts read (recording.test.ts checks each is recorded). */
export const R = {
  ttftP95: "instance_model:throtl_ttft_seconds:p95_5m",
  itlP95: "instance_model:throtl_itl_seconds:p95_5m",
  kvCache: "instance_model:throtl_kv_cache_usage:ratio",
  waiting: "instance_model:throtl_requests_waiting:sum",
  preemptions: "instance_model:throtl_preemptions:rate5m",
  requests: "instance_model:throtl_requests:rate5m",
  gpuUtil: "instance:throtl_gpu_utilization:avg",
  vramUsed: VRAM_USED_RATIO,
  ttftMisses: (w: (typeof SLO_WINDOWS)[number]) => `instance_model:throtl_ttft_slo_misses:ratio_rate${w}`,
  errors: (w: (typeof SLO_WINDOWS)[number]) => `instance_model:throtl_request_errors:ratio_rate${w}`,
} as const;

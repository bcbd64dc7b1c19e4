// What each gauge-based signal is, written down here from the reference metric catalog
// (shared/reference/metrics-catalog.md) rather than taken from the catalog under test: the series,
// how they combine per scope group and their unit. The check evaluates these over the raw series of
// the same scrape, so a wrong family, aggregation or unit in the catalog shows as a difference.
import type { EngineFlavor, Expr, GaugeAgg, SignalId } from "../types.ts";

const g = (name: string, agg: GaugeAgg, match?: Record<string, string>): Expr => ({ kind: "gauge", metric: { names: [name], ...(match ? { match } : {}) }, agg });
const op = (o: "+" | "*" | "/") => (left: Expr, right: Expr | number): Expr =>
  ({ kind: "binary", op: o, left, right: typeof right === "number" ? { kind: "scalar", value: right } : right });
const [plus, times, over] = [op("+"), op("*"), op("/")];
const MiB = 1024 * 1024;

/** dcgm-exporter (§5a): util in %, framebuffer in MiB, no FB total field. */
const DCGM: Partial<Record<SignalId, Expr>> = {
  gpu_util: times(g("DCGM_FI_DEV_GPU_UTIL", "avg"), 0.01),
  vram_used: times(g("DCGM_FI_DEV_FB_USED", "sum"), MiB),
  vram_total: times(plus(plus(g("DCGM_FI_DEV_FB_USED", "sum"), g("DCGM_FI_DEV_FB_FREE", "sum")), g("DCGM_FI_DEV_FB_RESERVED", "sum")), MiB),
  power: g("DCGM_FI_DEV_POWER_USAGE", "sum"),
  temperature: g("DCGM_FI_DEV_GPU_TEMP", "max"),
};

/** Triton's own GPU gauges (§2): util 0–1, bytes, watts; no temperature, so DCGM's. */
const TRITON_GPU: Partial<Record<SignalId, Expr>> = {
  gpu_util: g("nv_gpu_utilization", "avg"),
  vram_used: g("nv_gpu_memory_used_bytes", "sum"),
  vram_total: g("nv_gpu_memory_total_bytes", "sum"),
  power: g("nv_gpu_power_usage", "sum"),
  temperature: g("DCGM_FI_DEV_GPU_TEMP", "max"),
};

/** Requests summed over engines and instances; fractions and per-step batches averaged. */
const scheduler = (running: Expr, waiting: Expr, kv: Expr, batch: Expr) => ({ running, waiting, kv_cache_usage: kv, batch_size: batch });
const trt = (type: string, agg: GaugeAgg) => g("nv_trt_llm_request_metrics", agg, { request_type: type });
const batcher = (metric: string) => g("nv_trt_llm_inflight_batcher_metrics", "avg", { inflight_batcher_specific_metric: metric });

export const GAUGE_TRUTH: Readonly<Record<EngineFlavor, Partial<Record<SignalId, Expr>>>> = {
  vllm: {
    ...scheduler(g("vllm:num_requests_running", "sum"), g("vllm:num_requests_waiting", "sum"), g("vllm:kv_cache_usage_perc", "avg"), g("vllm:num_requests_running", "avg")),
    ...DCGM,
  },
  "vllm-legacy": {
    ...scheduler(g("vllm:num_requests_running", "sum"), g("vllm:num_requests_waiting", "sum"), g("vllm:gpu_cache_usage_perc", "avg"), g("vllm:num_requests_running", "avg")),
    prefix_cache_hit_rate: g("vllm:gpu_prefix_cache_hit_rate", "avg"),
    ...DCGM,
  },
  "triton-vllm": { waiting: g("nv_inference_pending_request_count", "sum"), ...TRITON_GPU },
  "triton-trtllm": {
    ...scheduler(trt("active", "sum"), trt("waiting", "sum"), g("nv_trt_llm_kv_cache_block_metrics", "avg", { kv_cache_block_type: "fraction" }), trt("scheduled", "avg")),
    tokens_per_step: plus(batcher("total_context_tokens"), batcher("generation_requests")),
    ...TRITON_GPU,
  },
  tgi: {
    ...scheduler(g("tgi_batch_current_size", "sum"), g("tgi_queue_size", "sum"),
      over(g("tgi_batch_current_max_tokens", "sum"), g("tgi_batch_max_total_tokens", "sum")), g("tgi_batch_current_size", "avg")),
    ...DCGM,
  },
  sglang: {
    ...scheduler(g("sglang:num_running_reqs", "sum"), g("sglang:num_queue_reqs", "sum"), g("sglang:token_usage", "avg"), g("sglang:num_running_reqs", "avg")),
    ...DCGM,
  },
};

import type { Expr, SignalSource } from "../types.ts";
import type { GpuSignalId } from "./gpu-dcgm.ts";
import { DCGM, costPer1kTokens } from "./gpu-dcgm.ts";
import { add, counterMean, div, gauge, m, rate, value } from "./dsl.ts";

/** Triton core (src/metrics.cc), metrics-catalog §2: per-model counters on `model`/`version`. */
export const TRITON = {
  success: m("nv_inference_request_success"),
  failure: m("nv_inference_request_failure"),
  requestUs: m("nv_inference_request_duration_us"),
  queueUs: m("nv_inference_queue_duration_us"),
  pending: m("nv_inference_pending_request_count"),
  firstResponseMs: m("nv_inference_first_response_histogram_ms"),
} as const;

/** Default buckets (ms) of nv_inference_first_response_histogram_ms; per-model config can replace them. */
export const FIRST_RESPONSE_MS = [100, 500, 2000, 5000];

const finished = add(rate(TRITON.success), rate(TRITON.failure));

export const tritonRequests: { readonly request_rate: SignalSource; readonly error_rate: SignalSource } = {
  request_rate: value(finished, "success + failure; in an ensemble every step model counts the request: narrow to one model"),
  error_rate: value(div(rate(TRITON.failure), finished), "failure reasons REJECTED, CANCELED, BACKEND, OTHER (a cancelled request counts)"),
};

/** Triton reports latency as cumulative µs over successful requests: a mean, no percentiles. */
export const tritonMean = (sum: typeof TRITON.requestUs, note: string): SignalSource =>
  counterMean(sum, TRITON.success, { scale: 1e-6, note });

/** Triton's own GPU gauges (nv_gpu_*, gpu_uuid label); it has no temperature, so that comes from DCGM. */
export function tritonGpuSignals(generationRate: Expr): Readonly<Record<GpuSignalId, SignalSource>> {
  return {
    gpu_util: value(gauge(m("nv_gpu_utilization"), "avg"), "0–1, averaged over GPUs"),
    vram_used: value(gauge(m("nv_gpu_memory_used_bytes"), "sum")),
    vram_total: value(gauge(m("nv_gpu_memory_total_bytes"), "sum")),
    power: value(gauge(m("nv_gpu_power_usage"), "sum")),
    temperature: value(gauge(DCGM.temp, "max"), "Triton exports no temperature: dcgm-exporter's DCGM_FI_DEV_GPU_TEMP, hottest GPU"),
    energy_per_token: value(div(rate(m("nv_energy_consumption")), generationRate), "nv_energy_consumption (J) over generated tokens"),
    cost_per_1k_tokens: costPer1kTokens(generationRate),
  };
}

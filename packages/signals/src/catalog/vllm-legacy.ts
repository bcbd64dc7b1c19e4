import type { FlavorCatalog } from "../types.ts";
import { div, gauge, histogram, histogramMean, m, rate, unsupported, value, where } from "./dsl.ts";
import { dcgmSignals } from "./gpu-dcgm.ts";
import { V0_REQUEST_LATENCY, V0_TPOT, V0_TTFT } from "./vllm-buckets.ts";

const finished = m("vllm:request_success_total");
const generation = rate(m("vllm:generation_tokens_total"));
const running = m("vllm:num_requests_running");
const V0_BUCKETS = "bucket lists of V0 0.6–0.7; other V0 versions differ, so an SLO bound may be missing there";

/** vLLM V0 engine (≤0.10, vllm/engine/metrics.py), metrics-catalog §1c: `model_name` only, no engine label. */
export const vllmLegacy: FlavorCatalog = {
  source: "vllm-legacy",
  title: "vLLM (V0 engine)",
  modelLabel: "model_name",
  engineLabels: [],
  signals: {
    request_rate: value(rate(finished), "vllm:request_success_total over every finish reason"),
    error_rate: value(div(rate(where({ finished_reason: "abort" }, "vllm:request_success_total")), rate(finished)),
      "aborted over finished; V0 creates a finished_reason series on its first use, so no value (not 0) before the first abort"),
    prompt_tokens_rate: value(rate(m("vllm:prompt_tokens_total"))),
    generation_tokens_rate: value(generation),
    running: value(gauge(running, "sum")),
    waiting: value(gauge(m("vllm:num_requests_waiting"), "sum")),
    kv_cache_usage: value(gauge(m("vllm:gpu_cache_usage_perc"), "avg"), "GPU KV-cache fraction 0–1, averaged over instances"),
    preemption_rate: value(rate(m("vllm:num_preemptions_total"))),
    prefix_cache_hit_rate: value(gauge(m("vllm:gpu_prefix_cache_hit_rate"), "avg"),
      "V0's gauge (0.6+): block hit rate since start, not over the window; −1 means prefix caching is off"),
    ttft: histogram(m("vllm:time_to_first_token_seconds"), V0_TTFT, { note: V0_BUCKETS }),
    itl: histogram(m("vllm:time_per_output_token_seconds"), V0_TPOT, { note: "V0's time_per_output_token is the gap between tokens (ITL)" }),
    tpot: unsupported("V0 has no per-request TPOT histogram; its time_per_output_token_seconds is the per-token gap (see ITL)"),
    e2e: histogram(m("vllm:e2e_request_latency_seconds"), V0_REQUEST_LATENCY, { note: V0_BUCKETS }),
    queue_time: histogram(m("vllm:request_queue_time_seconds"), V0_REQUEST_LATENCY, { note: `0.6+; ${V0_BUCKETS}` }),
    batch_size: value(gauge(running, "avg"), "no per-step batch metric: the running gauge at scrape time, averaged over instances"),
    tokens_per_step: value(histogramMean(m("vllm:iteration_tokens_total")), "mean of vllm:iteration_tokens_total (0.6+)"),
    ...dcgmSignals(generation),
  },
};

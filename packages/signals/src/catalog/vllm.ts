import type { FlavorCatalog } from "../types.ts";
import { div, gauge, histogram, histogramMean, m, rate, sub, value, where } from "./dsl.ts";
import { dcgmSignals } from "./gpu-dcgm.ts";
import { V1_ITL, V1_REQUEST_LATENCY, V1_TTFT } from "./vllm-buckets.ts";

const finished = m("vllm:request_success_total");
const generation = rate(m("vllm:generation_tokens_total"));
const running = m("vllm:num_requests_running");

/**
 * vLLM V1 engine (0.8+; loggers.py @ ea5790cc, v0.26.0 family list), metrics-catalog §1a. Older V1
 * names from §1b are `or` alternatives. Every series carries `engine` (DP rank): summed away.
 */
export const vllm: FlavorCatalog = {
  source: "vllm",
  title: "vLLM (V1 engine)",
  modelLabel: "model_name",
  engineLabels: ["engine"],
  signals: {
    request_rate: value(rate(finished), "vllm:request_success_total counts every finish reason (stop, length, abort, error)"),
    // stop, length and abort are pre-created in every V1 version, error only in newer ones, so
    // "finished − stop − length" never loses its series where "abort + error" would.
    error_rate: value(
      div(sub(sub(rate(finished), rate(where({ finished_reason: "stop" }, "vllm:request_success_total"))),
        rate(where({ finished_reason: "length" }, "vllm:request_success_total"))), rate(finished)),
      "failures = finished − stop − length: abort (client gone or cancelled) and error; a newer non-stop reason would count too"),
    prompt_tokens_rate: value(rate(m("vllm:prompt_tokens_total")), "all prompt tokens, prefix-cache hits included"),
    generation_tokens_rate: value(generation),
    running: value(gauge(running, "sum")),
    waiting: value(gauge(m("vllm:num_requests_waiting"), "sum"), "capacity-waiting plus deferred requests"),
    kv_cache_usage: value(gauge(m("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"), "avg"),
      "a 0–1 fraction despite the name; averaged over DP engines and instances (gpu_cache_usage_perc before 0.9.2)"),
    preemption_rate: value(rate(m("vllm:num_preemptions_total"))),
    prefix_cache_hit_rate: value(
      div(rate(m("vllm:prefix_cache_hits_total", "vllm:gpu_prefix_cache_hits_total")),
        rate(m("vllm:prefix_cache_queries_total", "vllm:gpu_prefix_cache_queries_total"))),
      "hit tokens over queried tokens (0.8's gpu_prefix_cache_* counted blocks)"),
    ttft: histogram(m("vllm:time_to_first_token_seconds"), V1_TTFT, { note: "from frontend arrival: tokenization and queue included" }),
    itl: histogram(m("vllm:inter_token_latency_seconds", "vllm:time_per_output_token_seconds"), V1_ITL,
      { note: "per token gap; named time_per_output_token_seconds before 0.11" }),
    tpot: histogram(m("vllm:request_time_per_output_token_seconds"), V1_ITL, { note: "one sample per finished request: its mean gap after the first token" }),
    e2e: histogram(m("vllm:e2e_request_latency_seconds"), V1_REQUEST_LATENCY),
    queue_time: histogram(m("vllm:request_queue_time_seconds"), V1_REQUEST_LATENCY),
    batch_size: value(gauge(running, "avg"),
      "no per-step batch metric: the running gauge at scrape time, averaged over DP engines (each steps its own batch)"),
    tokens_per_step: value(histogramMean(m("vllm:iteration_tokens_total")), "mean of the vllm:iteration_tokens_total histogram"),
    ...dcgmSignals(generation),
  },
};

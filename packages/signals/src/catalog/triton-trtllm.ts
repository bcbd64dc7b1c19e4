import type { FlavorCatalog } from "../types.ts";
import { add, gauge, histogram, m, rate, unsupported, value, where } from "./dsl.ts";
import { FIRST_RESPONSE_MS, TRITON, tritonGpuSignals, tritonMean, tritonRequests } from "./triton-core.ts";

const request = (type: string) => where({ request_type: type }, "nv_trt_llm_request_metrics");
const batcher = (metric: string) => where({ inflight_batcher_specific_metric: metric }, "nv_trt_llm_inflight_batcher_metrics");
// The token-length histograms' _sum series are token counters, moved when a response completes.
const generation = rate(m("nv_llm_output_token_len_sum"));
const AT_FINISH = "sum of the per-response token histogram: counted when a response completes";
const LAST_ITERATION = "the in-flight batcher's last iteration at scrape time, not a window average";

/**
 * Triton with the TensorRT-LLM backend: core nv_* (§2) plus nv_trt_llm_* gauges and the nv_llm_*_token_len
 * histograms (§2b), each gauge family split by one category label.
 */
export const tritonTrtllm: FlavorCatalog = {
  source: "triton-trtllm",
  title: "Triton (TensorRT-LLM backend)",
  modelLabel: "model",
  engineLabels: ["version"],
  signals: {
    ...tritonRequests,
    prompt_tokens_rate: value(rate(m("nv_llm_input_token_len_sum")), AT_FINISH),
    generation_tokens_rate: value(generation, AT_FINISH),
    running: value(gauge(request("active"), "sum"), "requests the in-flight batcher holds (request_type=active)"),
    waiting: value(gauge(request("waiting"), "sum"), "queued before the batcher (request_type=waiting)"),
    kv_cache_usage: value(gauge(where({ kv_cache_block_type: "fraction" }, "nv_trt_llm_kv_cache_block_metrics"), "avg"),
      "used/max KV blocks, averaged over models and instances"),
    preemption_rate: unsupported("TensorRT-LLM reports paused requests only as a gauge, no preemption count"),
    prefix_cache_hit_rate: unsupported("TensorRT-LLM reports reused KV blocks as a gauge, with no query count to divide by"),
    ttft: histogram(TRITON.firstResponseMs, FIRST_RESPONSE_MS, {
      scale: 0.001, note: "Triton's first-response histogram (ms; histogram_latencies=true): coarse default buckets 100/500/2000/5000 ms",
    }),
    itl: unsupported("the TensorRT-LLM backend exports no per-token timing"),
    tpot: unsupported("the TensorRT-LLM backend exports no per-token timing"),
    e2e: tritonMean(TRITON.requestUs, "cumulative µs over successful requests: mean only"),
    queue_time: tritonMean(TRITON.queueUs, "Triton's queue before execute(), µs over successful requests: mean only"),
    batch_size: value(gauge(request("scheduled"), "avg"), `requests scheduled in ${LAST_ITERATION}`),
    // One token per generation request (no speculative decoding) plus the context tokens of the step.
    tokens_per_step: value(add(gauge(batcher("total_context_tokens"), "avg"), gauge(batcher("generation_requests"), "avg")),
      `context tokens + generation requests of ${LAST_ITERATION} (inflight batcher models only)`),
    ...tritonGpuSignals(generation),
  },
};

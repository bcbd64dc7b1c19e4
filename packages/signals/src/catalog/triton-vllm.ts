import type { FlavorCatalog } from "../types.ts";
import { gauge, histogram, m, rate, unsupported, value } from "./dsl.ts";
import { TRITON, tritonGpuSignals, tritonMean, tritonRequests } from "./triton-core.ts";
import { TRITON_VLLM_E2E, V0_TPOT, V0_TTFT } from "./vllm-buckets.ts";

const generation = rate(m("vllm:generation_tokens_total"));
const NO_SCHEDULER = "the vLLM backend passes no scheduler gauges (running, waiting, KV cache) through Triton";
const CUSTOM = "the vLLM backend's own metric (REPORT_CUSTOM_METRICS on)";

/**
 * Triton with the vLLM backend: core nv_* (§2) plus the backend's vllm:* families (§2a) on `model` and
 * `version`, with V0 bucket lists.
 */
export const tritonVllm: FlavorCatalog = {
  source: "triton-vllm",
  title: "Triton (vLLM backend)",
  modelLabel: "model",
  engineLabels: ["version"],
  signals: {
    ...tritonRequests,
    prompt_tokens_rate: value(rate(m("vllm:prompt_tokens_total")), CUSTOM),
    generation_tokens_rate: value(generation, CUSTOM),
    running: unsupported(NO_SCHEDULER),
    waiting: value(gauge(TRITON.pending, "sum"), "Triton's pending requests: those not yet handed to the model's execute()"),
    kv_cache_usage: unsupported(NO_SCHEDULER),
    preemption_rate: unsupported("the vLLM backend exports no preemption count"),
    prefix_cache_hit_rate: unsupported("the vLLM backend exports no prefix-cache counters"),
    ttft: histogram(m("vllm:time_to_first_token_seconds"), V0_TTFT, { note: CUSTOM }),
    itl: histogram(m("vllm:time_per_output_token_seconds"), V0_TPOT, { note: "fed with inter-token gaps despite the name" }),
    tpot: unsupported("no per-request TPOT histogram; the backend's time_per_output_token_seconds holds per-token gaps (see ITL)"),
    e2e: histogram(m("vllm:e2e_request_latency_seconds"), TRITON_VLLM_E2E, { note: `${CUSTOM}; buckets start at 1 s` }),
    queue_time: tritonMean(TRITON.queueUs, "Triton's queue before execute(), µs over successful requests: mean only"),
    batch_size: unsupported(`${NO_SCHEDULER}; Triton's inference/exec count ratio is 1 for this decoupled backend`),
    tokens_per_step: unsupported("the vLLM backend exports no per-step token count"),
    ...tritonGpuSignals(generation),
  },
};

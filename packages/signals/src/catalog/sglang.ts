import type { FlavorCatalog } from "../types.ts";
import { add, div, gauge, histogram, m, rate, unsupported, value } from "./dsl.ts";
import { dcgmSignals } from "./gpu-dcgm.ts";

/** collector.py @ 93d04878 (metrics-catalog §4); all three are overridable by server args. */
const TTFT = [0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8, 10, 20, 40, 60, 80, 100, 200, 400];
const ITL = [0.002, 0.004, 0.006, 0.008, 0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.06, 0.08, 0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8];
const E2E = [0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8, 10, 20, 40, 60, 80, 100, 200, 400, 600, 1200, 1800, 2400];
const QUEUE = [0, 0.1, 0.2, 0.5, 1, 2, 3, 4, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900,
  1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000];

const completed = rate(m("sglang:num_requests_total"));
const aborted = rate(m("sglang:num_aborted_requests_total"));
const generation = rate(m("sglang:generation_tokens_total"));
const running = m("sglang:num_running_reqs");
const AT_FINISH = "tokenizer-side counter, moved when a request finishes";

/** SGLang with --enable-metrics (§4). Scheduler series may carry dp_rank/tp_rank/engine_type: summed away. */
export const sglang: FlavorCatalog = {
  source: "sglang",
  title: "SGLang",
  modelLabel: "model_name",
  engineLabels: ["dp_rank", "tp_rank", "engine_type"],
  signals: {
    request_rate: value(completed,
      "completed requests; aborted ones are in num_aborted_requests_total, which appears only after the first abort"),
    error_rate: value(div(aborted, add(completed, aborted)), "aborted over completed + aborted; no value (not 0) before the first abort"),
    prompt_tokens_rate: value(rate(m("sglang:prompt_tokens_total")), AT_FINISH),
    generation_tokens_rate: value(generation, AT_FINISH),
    running: value(gauge(running, "sum")),
    waiting: value(gauge(m("sglang:num_queue_reqs"), "sum")),
    kv_cache_usage: value(gauge(m("sglang:token_usage"), "avg"), "KV token-pool use 0–1, averaged over ranks and instances"),
    preemption_rate: unsupported("SGLang reports retracted requests only as a gauge of the last logged batch, not a counter"),
    prefix_cache_hit_rate: value(div(rate(m("sglang:cached_tokens_total")), rate(m("sglang:prompt_tokens_total"))),
      "cached prompt tokens over prompt tokens; cached_tokens_total appears on the first hit (no value before)"),
    ttft: histogram(m("sglang:time_to_first_token_seconds"), TTFT),
    itl: histogram(m("sglang:inter_token_latency_seconds", "sglang:time_per_output_token_seconds"), ITL,
      { note: "older SGLang named it time_per_output_token_seconds, with other buckets" }),
    tpot: unsupported("SGLang exports no per-request TPOT histogram, only per-gap inter-token latency (see ITL)"),
    e2e: histogram(m("sglang:e2e_request_latency_seconds"), E2E),
    queue_time: histogram(m("sglang:queue_time_seconds"), QUEUE),
    batch_size: value(gauge(running, "avg"), "no per-step batch metric: the running gauge at scrape time, averaged over DP ranks"),
    tokens_per_step: unsupported("SGLang exports no per-step token count (num_used_tokens is KV tokens held)"),
    ...dcgmSignals(generation),
  },
};

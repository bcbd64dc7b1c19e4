import type { FlavorCatalog } from "../types.ts";
import { div, gauge, histogram, m, rate, unsupported, value } from "./dsl.ts";
import { dcgmSignals } from "./gpu-dcgm.ts";
import { TGI_DURATION } from "./tgi-buckets.ts";

const received = rate(m("tgi_request_count"));
// The token histograms' _sum series are token counters, moved when a request succeeds.
const generation = rate(m("tgi_request_generated_tokens_sum"));
const AT_FINISH = "sum of the per-request token histogram: counted when a request succeeds";
const batch = m("tgi_batch_current_size");

/** Hugging Face TGI v3 router (§3): no labels at all, so no model scope; counters have no `_total`. */
export const tgi: FlavorCatalog = {
  source: "tgi",
  title: "Hugging Face TGI",
  modelLabel: undefined,
  engineLabels: [],
  signals: {
    request_rate: value(received,
      "requests received (tgi_request_count): tgi_request_failure appears only after the first failure, so success + failure would hide the rate until then"),
    error_rate: value(div(rate(m("tgi_request_failure")), received),
      "failed (any err: validation, overloaded, generation, …) over received; no value (not 0) before the first failure"),
    prompt_tokens_rate: value(rate(m("tgi_request_input_length_sum")), AT_FINISH),
    generation_tokens_rate: value(generation, AT_FINISH),
    running: value(gauge(batch, "sum"), "requests in the current batch"),
    waiting: value(gauge(m("tgi_queue_size"), "sum")),
    // TGI admits requests against a token budget: prompt + max_new_tokens of every request in the batch.
    kv_cache_usage: value(div(gauge(m("tgi_batch_current_max_tokens"), "sum"), gauge(m("tgi_batch_max_total_tokens"), "sum")),
      "tokens reserved by the batch (prompt + max_new_tokens) over the KV capacity in tokens: the budget TGI schedules by, above actual use"),
    preemption_rate: unsupported("TGI exports no preemption count"),
    prefix_cache_hit_rate: unsupported("TGI v3 caches prefixes but exports no hit or query count"),
    ttft: unsupported("TGI exports no time to first token; queue + prefill-batch durations approximate it, but they are separate histograms"),
    itl: unsupported("TGI exports no per-token gaps, only each request's mean time per token (see TPOT)"),
    tpot: histogram(m("tgi_request_mean_time_per_token_duration"), TGI_DURATION,
      { note: "per-request inference time over generated tokens: the prefill is spread over the tokens" }),
    e2e: histogram(m("tgi_request_duration"), TGI_DURATION, { note: "validation included; successful requests only" }),
    queue_time: histogram(m("tgi_request_queue_duration"), TGI_DURATION),
    batch_size: value(gauge(batch, "avg"), "no per-step batch metric: the current batch size at scrape time"),
    tokens_per_step: unsupported("TGI exports no tokens per forward pass"),
    ...dcgmSignals(generation),
  },
};

// What each catalog signal truly measures on each flavor, in the simulator's terms. Most flavors
// count what the signal's definition says; where a backend counts differently (at the finish, only
// successful requests, received rather than finished) the catalog documents it in a note, and the
// truth here follows that documented behaviour, so the check asserts it rather than a tolerance.
import type { EngineFlavor, SignalId } from "../types.ts";
import type { LatencyKind, Population, Quantity } from "./quantities.ts";

export type Truth =
  /** Events per second over the query's window. */
  | { readonly kind: "rate"; readonly q: Quantity; readonly doc?: string }
  /** num / den over the span the samples cover (a ratio of two rates does not depend on extrapolation). */
  | { readonly kind: "ratio"; readonly num: Quantity; readonly den: Quantity; readonly doc?: string }
  /** Observations a histogram (or a sum/count pair) received. */
  | { readonly kind: "latency"; readonly obs: LatencyKind; readonly population: Population; readonly doc?: string }
  /** Checked against the raw series of the same scrape. */
  | { readonly kind: "gauge"; readonly doc?: string }
  /** The group's GPU energy (read where the query reads it) over its generated tokens (each member's own count). */
  | { readonly kind: "energy_per_token"; readonly energy: "energy_j" | "triton_energy_j" }
  /** $/GPU-hour × GPUs over the group's generated tokens per second, per 1000. */
  | { readonly kind: "cost_per_1k" };

const rate = (q: Quantity, doc?: string): Truth => ({ kind: "rate", q, doc });
const ratio = (num: Quantity, den: Quantity, doc?: string): Truth => ({ kind: "ratio", num, den, doc });
const latency = (obs: LatencyKind, population: Population = "all", doc?: string): Truth => ({ kind: "latency", obs, population, doc });
const gauge = (doc?: string): Truth => ({ kind: "gauge", doc });

const GPU = {
  gpu_util: gauge(), vram_used: gauge(), vram_total: gauge(), power: gauge(), temperature: gauge(),
  energy_per_token: { kind: "energy_per_token", energy: "energy_j" }, cost_per_1k_tokens: { kind: "cost_per_1k" },
} as const satisfies Partial<Record<SignalId, Truth>>;

/** vLLM V1: counters move when it happens (a prompt at its first token), histograms see every request. */
const VLLM: Partial<Record<SignalId, Truth>> = {
  request_rate: rate("finished"),
  error_rate: ratio("aborted", "finished"),
  prompt_tokens_rate: rate("prompt_at_first_token"),
  generation_tokens_rate: rate("generated"),
  running: gauge(), waiting: gauge(), kv_cache_usage: gauge(), batch_size: gauge(),
  preemption_rate: rate("preemptions"),
  prefix_cache_hit_rate: ratio("prefix_hits", "prefix_queries"),
  ttft: latency("ttft"), itl: latency("itl"), tpot: latency("tpot"), e2e: latency("e2e"), queue_time: latency("queue"),
  tokens_per_step: ratio("step_tokens", "steps"),
  ...GPU,
};

/** Triton core: counters over every finished request; the µs sum/count pairs over successful ones. */
const TRITON: Partial<Record<SignalId, Truth>> = {
  request_rate: rate("finished"),
  error_rate: ratio("aborted", "finished", "a client that hangs up is a CANCELED failure"),
  queue_time: latency("queue", "succeeded", "catalog: µs over successful requests"),
  ...GPU,
  energy_per_token: { kind: "energy_per_token", energy: "triton_energy_j" },
};

export const TRUTH: Readonly<Record<EngineFlavor, Partial<Record<SignalId, Truth>>>> = {
  vllm: VLLM,
  "vllm-legacy": { ...VLLM, prefix_cache_hit_rate: gauge("catalog: V0's gauge is the block hit rate since start, not over the window") },
  "triton-vllm": {
    ...TRITON,
    prompt_tokens_rate: rate("prompt_at_first_token"), generation_tokens_rate: rate("generated"),
    waiting: gauge(), ttft: latency("ttft"), itl: latency("itl"), e2e: latency("e2e"),
  },
  "triton-trtllm": {
    ...TRITON,
    prompt_tokens_rate: rate("prompt_at_finish", "catalog: counted when a response completes"),
    generation_tokens_rate: rate("generated_at_finish", "catalog: counted when a response completes"),
    running: gauge(), waiting: gauge(), kv_cache_usage: gauge(), batch_size: gauge(), tokens_per_step: gauge(),
    ttft: latency("ttft"), e2e: latency("e2e", "succeeded", "catalog: µs over successful requests"),
  },
  tgi: {
    request_rate: rate("received", "catalog: requests received (tgi_request_count)"),
    error_rate: ratio("aborted", "received"),
    prompt_tokens_rate: rate("prompt_at_finish_succeeded", "catalog: counted when a request succeeds"),
    generation_tokens_rate: rate("generated_at_finish_succeeded", "catalog: counted when a request succeeds"),
    running: gauge(), waiting: gauge(), kv_cache_usage: gauge(), batch_size: gauge(),
    tpot: latency("tpot_over_all_tokens", "succeeded", "catalog: inference time over generated tokens, prefill spread over them"),
    e2e: latency("e2e", "succeeded", "catalog: successful requests only"),
    queue_time: latency("queue", "succeeded"),
    ...GPU,
  },
  sglang: {
    request_rate: rate("succeeded", "catalog: completed requests; aborted ones are counted apart"),
    error_rate: ratio("aborted", "finished"),
    prompt_tokens_rate: rate("prompt_at_finish_succeeded", "catalog: moved when a request finishes; the fake skips aborted requests, which the note does not say"),
    generation_tokens_rate: rate("generated_at_finish_succeeded", "catalog: moved when a request finishes; the fake skips aborted requests, which the note does not say"),
    running: gauge(), waiting: gauge(), kv_cache_usage: gauge(), batch_size: gauge(),
    prefix_cache_hit_rate: ratio("cached_at_finish_succeeded", "prompt_at_finish_succeeded"),
    ttft: latency("ttft"), itl: latency("itl"), e2e: latency("e2e", "succeeded"), queue_time: latency("queue"),
    ...GPU,
  },
};

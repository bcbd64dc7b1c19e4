import { counterSeries, gaugeSeries, histogramSeries, type Registry } from "../core/family.ts";
import type { CounterSeries, HistogramSeries } from "../core/series.ts";
import type { MetricsContext } from "../types.ts";
import {
  PARAMS_N_BUCKETS, V1_ITERATION_TOKENS_BUCKETS, V1_ITL_BUCKETS, V1_REQUEST_LATENCY_BUCKETS, V1_TTFT_BUCKETS, build125Buckets,
} from "./vllm-buckets.ts";

/** vllm/v1/engine FinishReason, in enum order; every value is pre-created. */
export const V1_FINISH_REASONS = ["stop", "length", "abort", "error"] as const;
/** PromptTokenStats.ALL_SOURCES. */
export const PROMPT_SOURCES = ["local_compute", "local_cache_hit", "external_kv_transfer"] as const;

const L = ["model_name", "engine"];

/** One engine's series (index = DP engine). */
export interface V1EngineSeries {
  readonly flops: CounterSeries; readonly readBytes: CounterSeries; readonly writeBytes: CounterSeries;
  readonly prefixQueries: CounterSeries; readonly prefixHits: CounterSeries;
  readonly preemptions: CounterSeries; readonly prompt: CounterSeries; readonly cached: CounterSeries; readonly generation: CounterSeries;
  readonly bySource: Record<(typeof PROMPT_SOURCES)[number], CounterSeries>;
  readonly success: Record<(typeof V1_FINISH_REASONS)[number], CounterSeries>;
  readonly promptTokens: HistogramSeries; readonly generationTokens: HistogramSeries; readonly iterationTokens: HistogramSeries;
  readonly maxGeneration: HistogramSeries; readonly paramsN: HistogramSeries; readonly paramsMaxTokens: HistogramSeries;
  readonly ttft: HistogramSeries; readonly itl: HistogramSeries; readonly tpot: HistogramSeries; readonly e2e: HistogramSeries;
  readonly queue: HistogramSeries; readonly inference: HistogramSeries; readonly prefill: HistogramSeries; readonly decode: HistogramSeries;
  readonly prefillKvComputed: HistogramSeries;
}

/**
 * vLLM v0.26.0's 36 families in PrometheusStatLogger's registration order (loggers.py @ ea5790cc): perf
 * counters first, cache_config_info last (registered at engine start); series engine by engine.
 */
export function registerV1Families(reg: Registry, ctx: MetricsContext, cacheConfigLabels: (engine: number) => [string[], string[]]): V1EngineSeries[] {
  const model = ctx.config.servedModelName;
  const engines = ctx.cluster.engines.map((_, i) => i);
  const lv = (e: number) => [model, String(e)];
  const tokens = build125Buckets(ctx.config.maxModelLen);
  const perEngine = <T>(make: (e: number) => T) => engines.map(make);
  const counter = (name: string, help: string) => { const f = reg.counter(name, help, L); return perEngine((e) => counterSeries(f, lv(e))); };
  const hist = (name: string, help: string, bounds: readonly number[]) => { const f = reg.histogram(name, help, L, bounds); return perEngine((e) => histogramSeries(f, lv(e))); };
  const gauge = (name: string, help: string, read: (e: number) => () => number) => { const f = reg.gauge(name, help, L); return perEngine((e) => gaugeSeries(f, lv(e), read(e))); };
  const labelled = <K extends string, S>(keys: readonly K[], make: (k: K, e: number) => S) => keys.map((k) => perEngine((e) => make(k, e)));
  const eng = (e: number) => ctx.cluster.engines[e]!;
  const perfHelp = (what: string) => `Estimated number of ${what} per GPU (for Model Flops Utilization calculations).`;

  const flops = counter("vllm:estimated_flops_per_gpu", perfHelp("floating point operations"));
  const readBytes = counter("vllm:estimated_read_bytes_per_gpu", perfHelp("bytes read from memory"));
  const writeBytes = counter("vllm:estimated_write_bytes_per_gpu", perfHelp("bytes written to memory"));
  gauge("vllm:num_requests_running", "Number of requests in model execution batches.", (e) => () => eng(e).numRunning);
  gauge("vllm:num_requests_waiting", "Number of requests waiting to be processed.", (e) => () => eng(e).numWaiting);
  const byReason = reg.gauge("vllm:num_requests_waiting_by_reason",
    "Number of waiting requests by reason. Reason labels: 'capacity' = waiting for scheduling capacity; 'deferred' = deferred by transient constraints (LoRA budget, KV transfer, blocked status). Sum of all reasons equals vllm:num_requests_waiting.",
    [...L, "reason"]);
  // The simulator defers nothing (no LoRA budget, no KV transfer): every waiting request waits for capacity.
  labelled(["capacity", "deferred"], (r, e) => gaugeSeries(byReason, [...lv(e), r], r === "capacity" ? () => eng(e).numWaiting : undefined));
  const sleep = reg.gauge("vllm:engine_sleep_state",
    "Engine sleep state; awake = 0 means engine is sleeping; awake = 1 means engine is awake; weights_offloaded = 1 means sleep level 1; discard_all = 1 means sleep level 2.",
    [...L, "sleep_state"]);
  labelled(["awake", "weights_offloaded", "discard_all"], (s, e) => gaugeSeries(sleep, [...lv(e), s], s === "awake" ? () => 1 : undefined));
  gauge("vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.", (e) => () => eng(e).kvUsage);
  const prefixQueries = counter("vllm:prefix_cache_queries", "Prefix cache queries, in terms of number of queried tokens.");
  const prefixHits = counter("vllm:prefix_cache_hits", "Prefix cache hits, in terms of number of cached tokens.");
  counter("vllm:external_prefix_cache_queries", "External prefix cache queries from KV connector cross-instance cache sharing, in terms of number of queried tokens.");
  counter("vllm:external_prefix_cache_hits", "External prefix cache hits from KV connector cross-instance cache sharing, in terms of number of cached tokens.");
  counter("vllm:mm_cache_queries", "Multi-modal cache queries, in terms of number of queried items.");
  counter("vllm:mm_cache_hits", "Multi-modal cache hits, in terms of number of cached items.");
  const preemptions = counter("vllm:num_preemptions", "Cumulative number of preemption from the engine.");
  const prompt = counter("vllm:prompt_tokens", "Number of prefill tokens processed.");
  const sources = reg.counter("vllm:prompt_tokens_by_source", "Number of prompt tokens by source.", [...L, "source"]);
  const bySource = labelled(PROMPT_SOURCES, (s, e) => counterSeries(sources, [...lv(e), s]));
  const cached = counter("vllm:prompt_tokens_cached", "Number of cached prompt tokens (local + external).");
  const generation = counter("vllm:generation_tokens", "Number of generation tokens processed.");
  const successF = reg.counter("vllm:request_success", "Count of successfully processed requests.", [...L, "finished_reason"]);
  const success = labelled(V1_FINISH_REASONS, (r, e) => counterSeries(successF, [...lv(e), r]));
  const promptTokens = hist("vllm:request_prompt_tokens", "Number of prefill tokens processed.", tokens);
  const generationTokens = hist("vllm:request_generation_tokens", "Number of generation tokens processed.", tokens);
  const iterationTokens = hist("vllm:iteration_tokens_total", "Histogram of number of tokens per engine_step.", V1_ITERATION_TOKENS_BUCKETS);
  const maxGeneration = hist("vllm:request_max_num_generation_tokens", "Histogram of maximum number of requested generation tokens.", tokens);
  const paramsN = hist("vllm:request_params_n", "Histogram of the n request parameter.", PARAMS_N_BUCKETS);
  const paramsMaxTokens = hist("vllm:request_params_max_tokens", "Histogram of the max_tokens request parameter.", tokens);
  const ttft = hist("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", V1_TTFT_BUCKETS);
  const itl = hist("vllm:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", V1_ITL_BUCKETS);
  const tpot = hist("vllm:request_time_per_output_token_seconds", "Histogram of time_per_output_token_seconds per request.", V1_ITL_BUCKETS);
  const e2e = hist("vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", V1_REQUEST_LATENCY_BUCKETS);
  const queue = hist("vllm:request_queue_time_seconds", "Histogram of time spent in WAITING phase for request.", V1_REQUEST_LATENCY_BUCKETS);
  const inference = hist("vllm:request_inference_time_seconds", "Histogram of time spent in RUNNING phase for request.", V1_REQUEST_LATENCY_BUCKETS);
  const prefill = hist("vllm:request_prefill_time_seconds", "Histogram of time spent in PREFILL phase for request.", V1_REQUEST_LATENCY_BUCKETS);
  const decode = hist("vllm:request_decode_time_seconds", "Histogram of time spent in DECODE phase for request.", V1_REQUEST_LATENCY_BUCKETS);
  const prefillKvComputed = hist("vllm:request_prefill_kv_computed_tokens", "Histogram of new KV tokens computed during prefill (excluding cached tokens).", tokens);
  const [cacheNames] = cacheConfigLabels(0);
  const info = reg.gauge("vllm:cache_config_info", "Information of the LLMEngine CacheConfig", cacheNames);
  for (const e of engines) gaugeSeries(info, cacheConfigLabels(e)[1], () => 1);

  return engines.map((e) => ({
    flops: flops[e]!, readBytes: readBytes[e]!, writeBytes: writeBytes[e]!, 
    prefixQueries: prefixQueries[e]!, prefixHits: prefixHits[e]!, preemptions: preemptions[e]!, prompt: prompt[e]!,
    cached: cached[e]!, generation: generation[e]!,
    bySource: { local_compute: bySource[0]![e]!, local_cache_hit: bySource[1]![e]!, external_kv_transfer: bySource[2]![e]! },
    success: { stop: success[0]![e]!, length: success[1]![e]!, abort: success[2]![e]!, error: success[3]![e]! },
    promptTokens: promptTokens[e]!, generationTokens: generationTokens[e]!, iterationTokens: iterationTokens[e]!,
    maxGeneration: maxGeneration[e]!, paramsN: paramsN[e]!, paramsMaxTokens: paramsMaxTokens[e]!, ttft: ttft[e]!, itl: itl[e]!,
    tpot: tpot[e]!, e2e: e2e[e]!, queue: queue[e]!, inference: inference[e]!, prefill: prefill[e]!, decode: decode[e]!,
    prefillKvComputed: prefillKvComputed[e]!,
  }));
}

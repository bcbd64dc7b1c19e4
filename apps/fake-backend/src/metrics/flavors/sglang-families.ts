/** SGLang's scheduler gauges and bucket lists (collector.py @ 93d04878), in definition order. */
export const SCHEDULER_GAUGES: readonly [string, string][] = [
  ["sglang:num_running_reqs", "The number of running requests."],
  ["sglang:num_used_tokens", "The number of used tokens."],
  ["sglang:token_usage", "The token usage."],
  ["sglang:pending_prealloc_token_usage", "The token usage for pending preallocated tokens (not preallocated yet)."],
  ["sglang:swa_token_usage", "The token usage for SWA layers."],
  ["sglang:gen_throughput", "The generation throughput (token/s)."],
  ["sglang:num_queue_reqs", "The number of requests in the waiting queue."],
  ["sglang:num_grammar_queue_reqs", "The number of requests in the grammar waiting queue."],
  ["sglang:num_running_reqs_offline_batch", "The number of running low-priority offline batch requests(label is 'batch')."],
  ["sglang:cache_hit_rate", "The prefix cache hit rate."],
  ["sglang:spec_accept_length", "The average acceptance length of speculative decoding."],
  ["sglang:spec_accept_rate", "The average acceptance rate of speculative decoding (`accepted tokens / total draft tokens` in batch)."],
  ["sglang:num_retracted_reqs", "The number of retracted requests."],
  ["sglang:num_paused_reqs", "The number of paused requests by async weight sync."],
  ["sglang:num_prefill_prealloc_queue_reqs", "The number of requests in the prefill prealloc queue."],
  ["sglang:num_prefill_inflight_queue_reqs", "The number of requests in the prefill inflight queue."],
  ["sglang:num_decode_prealloc_queue_reqs", "The number of requests in the decode prealloc queue."],
  ["sglang:num_decode_transfer_queue_reqs", "The number of requests in the decode transfer queue."],
  ["sglang:kv_transfer_speed_gb_s", "The transfer speed of the KV cache in GB/s."],
  ["sglang:kv_transfer_latency_ms", "The transfer latency of the KV cache in ms."],
  ["sglang:utilization", "The utilization."],
  ["sglang:engine_startup_time", "The time taken for the engine to start up."],
  ["sglang:engine_load_weights_time", "The time taken for the engine to load weights."],
  ["sglang:is_cuda_graph", "Whether the batch is using CUDA graph."],
];

export const SGLANG_QUEUE_BUCKETS = [
  0.0, 0.1, 0.2, 0.5, 1, 2, 3, 4, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900,
  1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000,
];
export const SGLANG_TTFT_BUCKETS = [0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8, 10, 20, 40, 60, 80, 100, 200, 400];
export const SGLANG_ITL_BUCKETS = [
  0.002, 0.004, 0.006, 0.008, 0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.06, 0.08, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 2.0, 4.0, 6.0, 8.0,
];
export const SGLANG_E2E_BUCKETS = [0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8, 10, 20, 40, 60, 80, 100, 200, 400, 600, 1200, 1800, 2400];

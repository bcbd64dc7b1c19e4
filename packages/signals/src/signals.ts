import type { SignalDef, SignalId } from "./types.ts";

const def = (id: SignalId, title: string, unit: SignalDef["unit"], better: SignalDef["better"], description: string, shape: SignalDef["shape"] = "value"): SignalDef =>
  ({ id, title, unit, better, shape, description });

/** Every canonical signal, once. Per-flavor sources live in catalog/. */
export const SIGNALS: Readonly<Record<SignalId, SignalDef>> = {
  request_rate: def("request_rate", "Requests", "req/s", "neutral", "Finished requests per second (success and failure)."),
  error_rate: def("error_rate", "Error rate", "ratio", "lower", "Share of finished requests that failed or were aborted."),
  prompt_tokens_rate: def("prompt_tokens_rate", "Prompt tokens", "tok/s", "higher", "Prompt (prefill) tokens processed per second."),
  generation_tokens_rate: def("generation_tokens_rate", "Generated tokens", "tok/s", "higher", "Output tokens generated per second."),
  running: def("running", "Running", "count", "neutral", "Requests in the running batch now."),
  waiting: def("waiting", "Waiting", "count", "lower", "Requests queued for admission now."),
  kv_cache_usage: def("kv_cache_usage", "KV cache use", "ratio", "neutral", "Share of KV-cache blocks in use (0–1)."),
  preemption_rate: def("preemption_rate", "Preemptions", "1/s", "lower", "Requests preempted per second (KV cache ran out)."),
  prefix_cache_hit_rate: def("prefix_cache_hit_rate", "Prefix cache hits", "ratio", "higher", "Share of queried prompt tokens found in the prefix cache."),
  ttft: def("ttft", "TTFT", "seconds", "lower", "Time to first token.", "latency"),
  itl: def("itl", "Inter-token latency", "seconds", "lower", "Gap between consecutive output tokens.", "latency"),
  tpot: def("tpot", "TPOT", "seconds", "lower", "Time per output token of a request, after the first.", "latency"),
  e2e: def("e2e", "End-to-end latency", "seconds", "lower", "Request latency from arrival to the last token.", "latency"),
  queue_time: def("queue_time", "Queue time", "seconds", "lower", "Time a request waited before it was scheduled.", "latency"),
  batch_size: def("batch_size", "Batch size", "count", "neutral", "Requests per engine step, averaged over the window."),
  tokens_per_step: def("tokens_per_step", "Tokens per step", "tokens", "neutral", "Tokens (prefill + decode) per engine step, averaged over the window."),
  gpu_util: def("gpu_util", "GPU utilization", "ratio", "neutral", "Share of time a kernel ran on the GPU (0–1), averaged over GPUs."),
  vram_used: def("vram_used", "VRAM used", "bytes", "neutral", "GPU memory in use, summed over GPUs."),
  vram_total: def("vram_total", "VRAM total", "bytes", "neutral", "GPU memory, summed over GPUs."),
  power: def("power", "Power", "watts", "lower", "GPU board power, summed over GPUs."),
  temperature: def("temperature", "GPU temperature", "celsius", "lower", "Hottest GPU temperature."),
  energy_per_token: def("energy_per_token", "Energy per token", "J/token", "lower", "GPU energy over generated tokens in the window."),
  cost_per_1k_tokens: def("cost_per_1k_tokens", "Cost per 1K tokens", "USD/1k tokens", "lower", "GPU cost ($/GPU-hour × GPUs) per 1,000 generated tokens."),
};

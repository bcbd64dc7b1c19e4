// Triton: its two LLM backends (vLLM, TensorRT-LLM) through Triton's core metrics and each backend's
// own. Mean-only latencies (cumulative µs counters) show as means; TRT-LLM's batcher gauges are
// instantaneous, so they are drawn as they are scraped.
import type { DashboardSpec } from "./model.ts";
import { latencyPanel, valuePanel } from "./panels.ts";

const FLAVORS = ["triton-vllm", "triton-trtllm"] as const;

export const TRITON: DashboardSpec = {
  uid: "throtl-triton",
  file: "throtl-triton.json",
  title: "Throtl · Triton",
  description: "NVIDIA Triton Inference Server with the vLLM or TensorRT-LLM backend, generated from the Throtl signal catalog.",
  tags: ["throtl", "generated", "triton"],
  flavors: FLAVORS,
  rows: [
    {
      title: "Requests",
      panels: [
        valuePanel("Requests", ["request_rate"], FLAVORS, { width: 8 }),
        valuePanel("Failed requests", ["error_rate"], FLAVORS, { width: 8 }),
        valuePanel("Pending and in flight", ["waiting", "running"], FLAVORS, { width: 8 }),
      ],
    },
    {
      title: "Latency",
      panels: [
        latencyPanel("ttft", FLAVORS, ["p50", "p95", "p99", "mean"], 8),
        latencyPanel("e2e", FLAVORS, ["p50", "p95", "mean"], 8),
        latencyPanel("queue_time", FLAVORS, ["p50", "p95", "mean"], 8),
      ],
    },
    {
      title: "Batching and memory",
      panels: [
        valuePanel("Generated tokens", ["generation_tokens_rate"], FLAVORS, { width: 8 }),
        valuePanel("Batch size", ["batch_size"], FLAVORS, { width: 8 }),
        valuePanel("KV cache use", ["kv_cache_usage"], FLAVORS, { width: 8 }),
        valuePanel("GPU utilization", ["gpu_util"], FLAVORS, { width: 8 }),
        valuePanel("VRAM used", ["vram_used"], FLAVORS, { width: 8 }),
        valuePanel("Power", ["power"], FLAVORS, { width: 8 }),
      ],
    },
  ],
};

import type { LatencyStat, SignalId } from "@throtl/signals";

/** Quantities that evidence cites besides catalog signals (config values, length stats, estimates). */
export const QUANTITIES = {
  data_age: { title: "Data age", unit: "seconds" },
  backend_up: { title: "Backend up", unit: "flag" },
  prompt_tokens_mean: { title: "Prompt length (mean)", unit: "tokens" },
  prompt_tokens_tail: { title: "Prompt length (p99, else p95)", unit: "tokens" },
  prompt_tokens_p95: { title: "Prompt length p95", unit: "tokens" },
  prefill_step_tokens: { title: "Prompt p95 + running decodes (one step)", unit: "tokens" },
  request_tokens_tail: { title: "Prompt + output length (tail)", unit: "tokens" },
  max_model_len: { title: "--max-model-len", unit: "tokens" },
  max_num_seqs: { title: "--max-num-seqs", unit: "count" },
  max_num_batched_tokens: { title: "--max-num-batched-tokens", unit: "tokens" },
  gpu_memory_utilization: { title: "--gpu-memory-utilization", unit: "ratio" },
  enable_prefix_caching: { title: "--enable-prefix-caching", unit: "flag" },
  enable_chunked_prefill: { title: "--enable-chunked-prefill", unit: "flag" },
  vram_used_share: { title: "VRAM used / total", unit: "ratio" },
  roofline_ridge: { title: "Roofline ridge (tokens per step)", unit: "tokens" },
  itl_spread: { title: "ITL p99 / p50", unit: "ratio" },
  ttft_outside_queue: { title: "Share of TTFT p95 outside the queue", unit: "ratio" },
  cost_saving: { title: "Cost saving of the alternative", unit: "ratio" },
  alt_cost_per_1k_tokens: { title: "Alternative's cost per 1K tokens", unit: "USD/1k tokens" },
} as const;
export type Quantity = keyof typeof QUANTITIES;

export type Comparison = ">" | ">=" | "<" | "<=" | "==";

/** One fact behind a verdict: the observed value, the threshold it was held against, and how. */
export interface Evidence {
  readonly signal: SignalId | Quantity;
  /** Which statistic of a latency signal. */
  readonly stat?: LatencyStat;
  /** Absent: the current window. */
  readonly window?: "previous";
  readonly value: number | boolean;
  readonly threshold: number | boolean;
  readonly comparison: Comparison;
}

export function evidence(
  signal: Evidence["signal"], value: number | boolean, comparison: Comparison, threshold: number | boolean,
  extra: { stat?: LatencyStat; window?: "previous" } = {},
): Evidence {
  return { signal, value, comparison, threshold, ...extra };
}

/** Whether the comparison holds; evidence is only emitted when it does, and tests check that. */
export function holds(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case ">": return value > threshold;
    case ">=": return value >= threshold;
    case "<": return value < threshold;
    case "<=": return value <= threshold;
    case "==": return value === threshold;
  }
}

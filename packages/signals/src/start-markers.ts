import type { Expr, EngineFlavor, MetricRef } from "./types.ts";

/**
 * How to tell that an engine restarted (auto snapshots around a config change): a `_created` gauge
 * (the process's start epoch, on every series of prometheus_client's default registry, vLLM V1) that
 * changes, or a cumulative counter whose per-instance total goes down.
 */
export interface StartMarker {
  readonly kind: "created" | "counter";
  /** Per instance: the newest creation time, or the counter's raw total (its instant value, not a rate). */
  readonly expr: Expr;
}

const created = (metric: MetricRef): StartMarker => ({ kind: "created", expr: { kind: "gauge", metric, agg: "max" } });
const counter = (metric: MetricRef): StartMarker => ({ kind: "counter", expr: { kind: "gauge", metric, agg: "sum" } });

export const START_MARKERS: Readonly<Record<EngineFlavor, StartMarker>> = {
  vllm: created({ names: ["vllm:prompt_tokens_created"] }),
  // V0 disables `_created`; Triton, TGI and SGLang's multiprocess registry write none.
  "vllm-legacy": counter({ names: ["vllm:prompt_tokens_total"] }),
  "triton-vllm": counter({ names: ["vllm:prompt_tokens_total"] }),
  "triton-trtllm": counter({ names: ["nv_inference_request_success"] }),
  tgi: counter({ names: ["tgi_request_count"] }),
  sglang: counter({ names: ["sglang:num_requests_total"] }),
};

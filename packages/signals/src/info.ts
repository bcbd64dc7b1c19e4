import { CATALOG } from "./catalog/index.ts";
import type { EngineFlavor, Scope } from "./types.ts";

/**
 * Info series: labels that describe the deployment rather than measure it. vLLM exports its
 * CacheConfig as `vllm:cache_config_info` (value 1, one series per engine); dcgm-exporter names the
 * GPU model in the `modelName` label of every GPU series, one series per `gpu`.
 */
export interface InfoSources {
  /** The engine's config info family, or undefined where the backend exports none. */
  readonly engine: string | undefined;
  /** A GPU series present once per GPU; its labels carry `modelName` and `gpu`. */
  readonly gpu: string;
}

const VLLM_INFO = "vllm:cache_config_info";
export const GPU_INFO_METRIC = "DCGM_FI_DEV_FB_USED";

export const INFO_SOURCES: Readonly<Record<EngineFlavor, InfoSources>> = {
  vllm: { engine: VLLM_INFO, gpu: GPU_INFO_METRIC },
  "vllm-legacy": { engine: VLLM_INFO, gpu: GPU_INFO_METRIC },
  // Triton's vLLM backend keeps vLLM's metrics but not cache_config_info; the others have no such family.
  "triton-vllm": { engine: undefined, gpu: GPU_INFO_METRIC },
  "triton-trtllm": { engine: undefined, gpu: GPU_INFO_METRIC },
  tgi: { engine: undefined, gpu: GPU_INFO_METRIC },
  sglang: { engine: undefined, gpu: GPU_INFO_METRIC },
};

/** Equality matchers of a scope for an info family (no aggregation: the labels are the answer). */
export function infoMatchers(flavor: EngineFlavor, scope: Scope, gpu: boolean): Record<string, string> {
  const m: Record<string, string> = {};
  if (scope.instance !== undefined) m.instance = scope.instance;
  const modelLabel = CATALOG[flavor].modelLabel;
  if (!gpu && scope.model !== undefined && modelLabel !== undefined) m[modelLabel] = scope.model;
  return m;
}

/** A raw PromQL selector for an info family in a scope: `name{k="v",...}`. */
export function infoSelector(name: string, matchers: Readonly<Record<string, string>>): string {
  const parts = Object.entries(matchers).map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
  return parts.length === 0 ? name : `${name}{${parts.join(",")}}`;
}

import { evidence, type Evidence } from "../evidence.ts";
import { matchGpu, rooflineRidgeTokens, type GpuSpec } from "../gpus/gpu-table.ts";
import type { Observation } from "../observation.ts";
import { valueOf } from "../read.ts";

/** Busy 80 % of the time: the GPU, not a lack of requests, limits throughput. */
export const BUSY_GPU_UTIL = 0.8;
/** Under half the ridge, weight reads dominate a step even with attention and overheads counted. */
export const MEMORY_BOUND_SHARE = 0.5;

export interface RooflinePosition {
  readonly gpu: GpuSpec;
  readonly tokensPerStep: number;
  readonly ridge: number;
  readonly bound: "memory" | "compute" | "between";
  readonly evidence: readonly Evidence[];
}

/**
 * Where today's steps sit on the GPU's roofline (weights only: KV reads push decode further toward
 * memory-bound, so "memory" is safe and "compute" slightly optimistic). Null without GPU or step data.
 */
export function rooflineOf(o: Observation): RooflinePosition | null {
  const gpu = matchGpu(o.config.gpuModel);
  const tokensPerStep = valueOf(o.current, "tokens_per_step");
  if (!gpu || tokensPerStep === null) return null;
  const ridge = rooflineRidgeTokens(gpu);
  if (tokensPerStep < MEMORY_BOUND_SHARE * ridge) {
    return { gpu, tokensPerStep, ridge, bound: "memory", evidence: [evidence("tokens_per_step", tokensPerStep, "<", MEMORY_BOUND_SHARE * ridge)] };
  }
  if (tokensPerStep >= ridge) return { gpu, tokensPerStep, ridge, bound: "compute", evidence: [evidence("tokens_per_step", tokensPerStep, ">=", ridge)] };
  return { gpu, tokensPerStep, ridge, bound: "between", evidence: [] };
}

/** The GPU busy at least BUSY_GPU_UTIL, as evidence; null when idle or unknown. */
export function busyGpu(o: Observation): Evidence | null {
  const util = valueOf(o.current, "gpu_util");
  return util !== null && util >= BUSY_GPU_UTIL ? evidence("gpu_util", util, ">=", BUSY_GPU_UTIL) : null;
}

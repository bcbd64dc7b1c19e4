import { nextPow2 } from "../math.ts";
import { priceOf, type GpuPrices, type GpuSpec } from "./gpu-table.ts";

/** Plan the alternative to run at 70 % busy, leaving room for bursts. */
export const TARGET_UTIL = 0.7;
/** Weights may take at most half of each GPU so the KV cache keeps room for a batch. */
export const WEIGHT_SHARE = 0.5;
/** One node holds 8 GPUs; wider tensor parallelism crosses the network. */
const MAX_TP = 8;
const GiB = 1024 ** 3;

export interface Workload {
  readonly gpu: GpuSpec;
  readonly gpuCount: number;
  readonly tensorParallel: number;
  readonly tokensPerSecond: number;
  readonly gpuUtil: number;
  readonly weightBytes: number;
  /** Which roof limits today's steps; decides whether bandwidth or FLOP/s carries over. */
  readonly bound: "memory" | "compute" | "unknown";
}

export interface GpuPlan {
  readonly gpu: GpuSpec;
  readonly gpus: number;
  readonly tensorParallel: number;
  readonly hourlyUsd: number;
  /** Step time on the alternative over today's, at the same batch (ITL scales with it). */
  readonly stepTimeRatio: number;
}

/**
 * The same load on another GPU, by the roofline: today's throughput per fully busy GPU scaled by the
 * bandwidth ratio (memory-bound), the FLOP/s ratio (compute-bound) or the smaller of both (unknown).
 */
export function planOn(alt: GpuSpec, w: Workload, prices: GpuPrices = {}): GpuPlan | null {
  const bw = alt.memBandwidthGBs / w.gpu.memBandwidthGBs;
  const flops = alt.fp16Tflops / w.gpu.fp16Tflops;
  const scale = w.bound === "memory" ? bw : w.bound === "compute" ? flops : Math.min(bw, flops);
  const perGpuToday = w.tokensPerSecond / w.gpuCount / w.gpuUtil;
  const byThroughput = Math.ceil(w.tokensPerSecond / (perGpuToday * scale * TARGET_UTIL));
  const tp = nextPow2(Math.ceil(w.weightBytes / (alt.memGiB * GiB * WEIGHT_SHARE)));
  if (tp > MAX_TP) return null;
  const gpus = tp * Math.ceil(byThroughput / tp);
  return { gpu: alt, gpus, tensorParallel: tp, hourlyUsd: gpus * priceOf(alt, prices), stepTimeRatio: (w.tensorParallel / tp) / scale };
}

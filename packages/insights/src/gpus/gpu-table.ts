/**
 * A small price/performance table for the cost and roofline rules. Performance: NVIDIA datasheets
 * (dense FP16/BF16 tensor throughput without sparsity, memory bandwidth); memory as nvidia-smi reports
 * it. Prices: RunPod serverless "flex" per-second rates (docs.runpod.io/serverless/pricing, 2026)
 * × 3600 — one public list so the ratios compare like with like; Settings overrides the GPU in use.
 */
export type GpuId = "h100-sxm" | "a100-80gb" | "l40s" | "l4";

export interface GpuSpec {
  readonly id: GpuId;
  readonly title: string;
  /** Dense FP16/BF16 tensor-core peak, TFLOP/s. */
  readonly fp16Tflops: number;
  /** Device memory bandwidth, GB/s. */
  readonly memBandwidthGBs: number;
  readonly memGiB: number;
  /** Tensor cores run FP8 (Hopper, Ada): FP8 weights and KV cache are options. */
  readonly fp8: boolean;
  readonly hourlyUsd: number;
}

export const GPU_TABLE: Readonly<Record<GpuId, GpuSpec>> = {
  // H100 SXM5 datasheet: 989 TFLOPS BF16 dense, 3.35 TB/s HBM3; nvidia-smi 81,559 MiB; RunPod $0.00116/s.
  "h100-sxm": { id: "h100-sxm", title: "H100 SXM", fp16Tflops: 989, memBandwidthGBs: 3350, memGiB: 79.6, fp8: true, hourlyUsd: 4.18 },
  // A100 80GB SXM datasheet: 312 TFLOPS BF16 dense, 2,039 GB/s HBM2e; nvidia-smi 81,920 MiB; RunPod $0.00076/s.
  "a100-80gb": { id: "a100-80gb", title: "A100 80GB", fp16Tflops: 312, memBandwidthGBs: 2039, memGiB: 80, fp8: false, hourlyUsd: 2.74 },
  // L40S datasheet: 362 TFLOPS BF16 dense (733 sparse), 864 GB/s GDDR6; nvidia-smi 46,068 MiB; RunPod $0.00053/s.
  l40s: { id: "l40s", title: "L40S", fp16Tflops: 362, memBandwidthGBs: 864, memGiB: 45, fp8: true, hourlyUsd: 1.91 },
  // L4 datasheet: 121 TFLOPS BF16 dense (242 sparse), 300 GB/s GDDR6; nvidia-smi 23,034 MiB; RunPod $0.00019/s.
  l4: { id: "l4", title: "L4", fp16Tflops: 121, memBandwidthGBs: 300, memGiB: 22.5, fp8: true, hourlyUsd: 0.68 },
};

export const GPU_IDS = Object.keys(GPU_TABLE) as GpuId[];

/** The table's entry for a dcgm-exporter `modelName` ("NVIDIA H100 80GB HBM3"); undefined: not listed. */
export function matchGpu(modelName: string | undefined): GpuSpec | undefined {
  if (modelName === undefined) return undefined;
  const m = modelName.toUpperCase();
  // L40S before L4: "L40S" contains "L4". H100 PCIe/NVL match the SXM row: same memory, close enough.
  if (m.includes("H100")) return GPU_TABLE["h100-sxm"];
  if (m.includes("A100") && m.includes("80")) return GPU_TABLE["a100-80gb"];
  if (m.includes("L40S")) return GPU_TABLE.l40s;
  if (/\bL4\b/.test(m)) return GPU_TABLE.l4;
  return undefined;
}

/** User price overrides by GPU id, e.g. from Settings' price list. */
export type GpuPrices = Partial<Record<GpuId, number>>;

export function priceOf(gpu: GpuSpec, prices: GpuPrices = {}): number {
  return prices[gpu.id] ?? gpu.hourlyUsd;
}

/**
 * Tokens per step where a BF16 step turns from memory- to compute-bound: a step reads every weight
 * once (2 bytes) and does 2 FLOPs per weight per token, so its intensity is ~1 FLOP/byte per token.
 */
export function rooflineRidgeTokens(gpu: GpuSpec): number {
  return (gpu.fp16Tflops * 1e12) / (gpu.memBandwidthGBs * 1e9);
}

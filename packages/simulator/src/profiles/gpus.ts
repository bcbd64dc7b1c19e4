/**
 * GPU profiles for the roofline cost model. Numbers are vendor datasheet values (dense BF16 tensor
 * throughput without sparsity, HBM/GDDR bandwidth, board power) and the memory `nvidia-smi` reports.
 * Sources and the efficiency factors are discussed in docs/simulator.md.
 */
export interface GpuProfile {
  readonly id: GpuId;
  /** As dcgm-exporter's `modelName` label prints it. */
  readonly modelName: string;
  /** Dense BF16 tensor-core peak, FLOP/s. */
  readonly peakFlops: number;
  /** Device memory bandwidth, bytes/s. */
  readonly memBandwidth: number;
  /** Device memory as the driver reports it (nvidia-smi "Total"), bytes. */
  readonly memBytes: number;
  /** Board power limit (TDP) and a typical idle draw with a model loaded, watts. */
  readonly tdpWatts: number;
  readonly idleWatts: number;
  /** GPU-to-GPU bandwidth used by tensor-parallel all-reduce, bytes/s (NVLink or PCIe). */
  readonly interconnectBandwidth: number;
  /** SM clocks for the DCGM exporter, MHz. */
  readonly maxSmClockMhz: number;
  readonly idleSmClockMhz: number;
}

export type GpuId = "h100-sxm" | "a100-80gb" | "l40s" | "l4";

const MiB = 1024 * 1024;

export const GPU_PROFILES: Readonly<Record<GpuId, GpuProfile>> = {
  // NVIDIA H100 SXM5 datasheet: 989 TFLOPS BF16 dense, 3.35 TB/s HBM3, 700 W, NVLink 900 GB/s.
  "h100-sxm": {
    id: "h100-sxm", modelName: "NVIDIA H100 80GB HBM3",
    peakFlops: 989e12, memBandwidth: 3.35e12, memBytes: 81559 * MiB,
    tdpWatts: 700, idleWatts: 70, interconnectBandwidth: 900e9, maxSmClockMhz: 1980, idleSmClockMhz: 345,
  },
  // NVIDIA A100 80GB SXM datasheet: 312 TFLOPS BF16 dense, 2,039 GB/s HBM2e, 400 W, NVLink 600 GB/s.
  "a100-80gb": {
    id: "a100-80gb", modelName: "NVIDIA A100-SXM4-80GB",
    peakFlops: 312e12, memBandwidth: 2.039e12, memBytes: 81920 * MiB,
    tdpWatts: 400, idleWatts: 60, interconnectBandwidth: 600e9, maxSmClockMhz: 1410, idleSmClockMhz: 210,
  },
  // NVIDIA L40S datasheet: 362 TFLOPS BF16 dense (733 with sparsity), 864 GB/s GDDR6, 350 W, PCIe Gen4.
  l40s: {
    id: "l40s", modelName: "NVIDIA L40S",
    peakFlops: 362e12, memBandwidth: 864e9, memBytes: 46068 * MiB,
    tdpWatts: 350, idleWatts: 35, interconnectBandwidth: 64e9, maxSmClockMhz: 2520, idleSmClockMhz: 210,
  },
  // NVIDIA L4 datasheet: 121 TFLOPS BF16 dense (242 with sparsity), 300 GB/s GDDR6, 72 W, PCIe Gen4.
  l4: {
    id: "l4", modelName: "NVIDIA L4",
    peakFlops: 121e12, memBandwidth: 300e9, memBytes: 23034 * MiB,
    tdpWatts: 72, idleWatts: 16, interconnectBandwidth: 64e9, maxSmClockMhz: 2040, idleSmClockMhz: 210,
  },
};

export const GPU_IDS = Object.keys(GPU_PROFILES) as GpuId[];

import type { ResolvedEngineConfig } from "@throtl/simulator";

/**
 * Constants for what the simulator does not model: the host around the GPUs and start-up. Stated once
 * here so every flavor reports the same machine.
 */
export const HOST = {
  /** A typical single-socket inference host. */
  cpuCores: 64,
  memoryBytes: 256 * 1024 ** 3,
  /** Server process, tokenizer and Python heap before any request. */
  baseMemoryBytes: 12 * 1024 ** 3,
  /** Each engine core keeps about one CPU core busy while it steps (scheduler loop, output processing). */
  coresPerBusyEngine: 1,
  /** Triton's default --pinned-memory-pool-byte-size. */
  pinnedPoolBytes: 268435456,
};

/** Weights read from local NVMe at ~2 GB/s, plus ~20 s of profiling and CUDA-graph capture. */
export function modelLoadSeconds(c: ResolvedEngineConfig): { weights: number; total: number } {
  const weights = c.memory.weightBytes / 2e9;
  return { weights, total: weights + 20 };
}

/** Stable made-up UUIDs in nvidia-smi's shape, for when the server passes none. */
export function defaultGpuUuid(index: number): string {
  let h = (0x9e3779b9 ^ (index + 1)) >>> 0;
  const hex = (n: number) => {
    let out = "";
    for (let i = 0; i < n; i++) {
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      h = (h ^ (h >>> 12)) >>> 0;
      out += (h & 0xf).toString(16);
    }
    return out;
  };
  return `GPU-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

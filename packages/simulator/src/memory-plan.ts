import type { ResolvedEngineConfig } from "./config.ts";

/**
 * How vLLM splits one GPU's memory at start-up: `total x gpu_memory_utilization - weights - peak
 * activation - non-torch memory` is left for KV blocks. vLLM measures the activation peak with a
 * profile run; we estimate it from the shapes (see docs/simulator.md for the formula and its error).
 */
export interface MemoryPlan {
  readonly budgetBytes: number;
  readonly weightBytes: number;
  readonly activationBytes: number;
  readonly nonTorchBytes: number;
  readonly kvCacheBytes: number;
  readonly numGpuBlocks: number;
  /** What nvidia-smi shows as used once the engine is up (the CUDA context is outside the budget). */
  readonly usedBytes: number;
}

const GiB = 1024 ** 3;
/** CUDA context, cuBLAS/NCCL workspaces and CUDA graph pools: vLLM logs ~0.5-1.5 GiB for these. */
const NON_TORCH_BYTES = 0.75 * GiB;
const CUDA_CONTEXT_BYTES = 0.5 * GiB;

export function planMemory(c: Omit<ResolvedEngineConfig, "memory">): MemoryPlan {
  const m = c.model;
  const tp = c.tensorParallelSize;
  const budgetBytes = c.gpu.memBytes * c.gpuMemoryUtilization;
  const weightBytes = (m.params * m.dtypeBytes) / tp;
  // Profile run peak: hidden states and the MLP intermediate for a full token budget, plus FP32 logits
  // for one sampled token per sequence.
  const activationBytes =
    (c.maxNumBatchedTokens * (4 * m.hidden + 2 * m.intermediate) * m.dtypeBytes) / tp +
    c.maxNumSeqs * m.vocab * 4;
  const kvCacheBytes = budgetBytes - weightBytes - activationBytes - NON_TORCH_BYTES;
  const blockBytes = c.blockSize * c.kvBytesPerTokenPerGpu;
  const numGpuBlocks = kvCacheBytes > 0 ? Math.floor(kvCacheBytes / blockBytes) : 0;
  return {
    budgetBytes, weightBytes, activationBytes, nonTorchBytes: NON_TORCH_BYTES, kvCacheBytes, numGpuBlocks,
    usedBytes: Math.min(c.gpu.memBytes, budgetBytes + CUDA_CONTEXT_BYTES),
  };
}

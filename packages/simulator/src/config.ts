import { GPU_PROFILES, type GpuId, type GpuProfile } from "./profiles/gpus.ts";
import { MODEL_PROFILES, kvBytesPerToken, type ModelId, type ModelProfile } from "./profiles/models.ts";
import { planMemory, type MemoryPlan } from "./memory-plan.ts";

/** What `vllm serve` flags set, for the parts the simulator models. Unset fields take vLLM's defaults. */
export interface EngineConfig {
  readonly model: ModelId;
  readonly gpu: GpuId;
  readonly servedModelName?: string;
  readonly maxNumSeqs?: number;
  readonly maxNumBatchedTokens?: number;
  readonly gpuMemoryUtilization?: number;
  readonly maxModelLen?: number;
  readonly blockSize?: number;
  readonly enablePrefixCaching?: boolean;
  readonly enableChunkedPrefill?: boolean;
  readonly tensorParallelSize?: number;
  readonly dataParallelSize?: number;
}

/** Every value resolved, plus the memory plan that vLLM logs at start-up. */
export interface ResolvedEngineConfig {
  readonly model: ModelProfile;
  readonly gpu: GpuProfile;
  readonly servedModelName: string;
  readonly maxNumSeqs: number;
  readonly maxNumBatchedTokens: number;
  readonly gpuMemoryUtilization: number;
  readonly maxModelLen: number;
  readonly blockSize: number;
  readonly enablePrefixCaching: boolean;
  readonly enableChunkedPrefill: boolean;
  readonly tensorParallelSize: number;
  readonly dataParallelSize: number;
  readonly memory: MemoryPlan;
  /** KV bytes one token occupies on one GPU (after the tensor-parallel split). */
  readonly kvBytesPerTokenPerGpu: number;
}

/** A configuration vLLM itself would refuse at start-up; the message follows vLLM's wording. */
export class EngineConfigError extends Error {
  constructor(readonly flag: string, message: string) {
    super(message);
    this.name = "EngineConfigError";
  }
}

const GiB = 1024 ** 3;

/**
 * vLLM's `EngineArgs.get_batch_defaults` for the OpenAI server: GPUs with >= 70 GiB that are not
 * A100 get 8192 batched tokens and 1024 sequences; the rest 2048 and 256 (vllm/engine/arg_utils.py).
 */
function batchDefaults(gpu: GpuProfile): { maxNumBatchedTokens: number; maxNumSeqs: number } {
  const big = gpu.memBytes >= 70 * GiB && !gpu.id.startsWith("a100");
  return big ? { maxNumBatchedTokens: 8192, maxNumSeqs: 1024 } : { maxNumBatchedTokens: 2048, maxNumSeqs: 256 };
}

export function resolveConfig(c: EngineConfig): ResolvedEngineConfig {
  const model = MODEL_PROFILES[c.model];
  const gpu = GPU_PROFILES[c.gpu];
  const defaults = batchDefaults(gpu);
  const tp = c.tensorParallelSize ?? 1;
  const resolved = {
    model,
    gpu,
    servedModelName: c.servedModelName ?? model.hfName,
    maxNumSeqs: c.maxNumSeqs ?? defaults.maxNumSeqs,
    maxNumBatchedTokens: c.maxNumBatchedTokens ?? defaults.maxNumBatchedTokens,
    gpuMemoryUtilization: c.gpuMemoryUtilization ?? 0.9,
    maxModelLen: c.maxModelLen ?? model.maxPositions,
    blockSize: c.blockSize ?? 16,
    enablePrefixCaching: c.enablePrefixCaching ?? true,
    enableChunkedPrefill: c.enableChunkedPrefill ?? true,
    tensorParallelSize: tp,
    dataParallelSize: c.dataParallelSize ?? 1,
    // With more GPUs than KV heads, vLLM replicates the KV heads: each GPU keeps at least one.
    kvBytesPerTokenPerGpu: (kvBytesPerToken(model) / model.kvHeads) * Math.max(1, model.kvHeads / tp),
  };
  validate(resolved);
  const memory = planMemory(resolved);
  if (memory.kvCacheBytes <= 0) {
    throw new EngineConfigError("--gpu-memory-utilization",
      `No available memory for the cache blocks. Try increasing \`gpu_memory_utilization\` when initializing the engine. ` +
      `(weights ${(memory.weightBytes / GiB).toFixed(2)} GiB + activations ${(memory.activationBytes / GiB).toFixed(2)} GiB ` +
      `exceed ${resolved.gpuMemoryUtilization} x ${(gpu.memBytes / GiB).toFixed(2)} GiB)`);
  }
  const neededForOneSeq = resolved.maxModelLen * resolved.kvBytesPerTokenPerGpu;
  if (neededForOneSeq > memory.kvCacheBytes) {
    const maxLen = Math.floor(memory.kvCacheBytes / resolved.kvBytesPerTokenPerGpu);
    throw new EngineConfigError("--max-model-len",
      `To serve at least one request with the models's max seq len (${resolved.maxModelLen}), ` +
      `(${(neededForOneSeq / GiB).toFixed(2)} GiB KV cache is needed, which is larger than the available KV cache memory ` +
      `(${(memory.kvCacheBytes / GiB).toFixed(2)} GiB). Based on the available memory, the estimated maximum model length is ${maxLen}. ` +
      `Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`);
  }
  return { ...resolved, memory };
}

function validate(c: Omit<ResolvedEngineConfig, "memory">): void {
  const int = (flag: string, v: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new EngineConfigError(flag, `${flag} must be an integer in [${min}, ${max}], got ${v}`);
    }
  };
  int("--max-num-seqs", c.maxNumSeqs, 1, 65536);
  int("--max-num-batched-tokens", c.maxNumBatchedTokens, 1, 1 << 22);
  int("--max-model-len", c.maxModelLen, 1, c.model.maxPositions);
  int("--tensor-parallel-size", c.tensorParallelSize, 1, 8);
  int("--data-parallel-size", c.dataParallelSize, 1, 64);
  if (![1, 8, 16, 32, 64, 128].includes(c.blockSize)) {
    throw new EngineConfigError("--block-size", `--block-size must be one of 1, 8, 16, 32, 64, 128, got ${c.blockSize}`);
  }
  if (!(c.gpuMemoryUtilization > 0 && c.gpuMemoryUtilization <= 1)) {
    throw new EngineConfigError("--gpu-memory-utilization", `--gpu-memory-utilization must be in (0, 1], got ${c.gpuMemoryUtilization}`);
  }
  if (c.model.heads % c.tensorParallelSize !== 0) {
    throw new EngineConfigError("--tensor-parallel-size",
      `Total number of attention heads (${c.model.heads}) must be divisible by tensor parallel size (${c.tensorParallelSize}).`);
  }
  if (!c.enableChunkedPrefill && c.maxNumBatchedTokens < c.maxModelLen) {
    throw new EngineConfigError("--max-num-batched-tokens",
      `max_num_batched_tokens (${c.maxNumBatchedTokens}) is smaller than max_model_len (${c.maxModelLen}). ` +
      `This effectively limits the maximum sequence length to max_num_batched_tokens and makes vLLM reject longer sequences. ` +
      `Please increase max_num_batched_tokens or decrease max_model_len.`);
  }
  if (c.maxNumBatchedTokens < c.maxNumSeqs) {
    throw new EngineConfigError("--max-num-batched-tokens",
      `max_num_batched_tokens (${c.maxNumBatchedTokens}) must be greater than or equal to max_num_seqs (${c.maxNumSeqs}).`);
  }
}

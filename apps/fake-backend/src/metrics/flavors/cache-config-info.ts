import type { ResolvedEngineConfig } from "@throtl/simulator";
import { pythonRepr } from "../format/python-float.ts";

const pyBool = (b: boolean) => (b ? "True" : "False");

/**
 * `CacheConfig.metrics_info()` (str() of every field) plus `engine`, keys as a real scrape of a recent
 * V1 server shows them; fields the simulator has no notion of keep vLLM's defaults.
 */
export function v1CacheConfigLabels(c: ResolvedEngineConfig, engine: number): [string[], string[]] {
  const blocks = c.memory.numGpuBlocks;
  // vLLM's get_max_concurrency_for_kv_cache_config: blocks / blocks needed by one max_model_len request.
  const concurrency = blocks / Math.ceil(c.maxModelLen / c.blockSize);
  const fields: [string, string][] = [
    ["_block_size_resolved", "True"],
    ["block_size", String(c.blockSize)],
    ["cache_dtype", "auto"],
    ["calculate_kv_scales", "False"],
    ["enable_prefix_caching", pyBool(c.enablePrefixCaching)],
    ["engine", String(engine)],
    ["gpu_memory_utilization", pythonRepr(c.gpuMemoryUtilization)],
    ["is_attention_free", "False"],
    ["kv_cache_dtype_skip_layers", "[]"],
    ["kv_cache_max_concurrency", pythonRepr(concurrency)],
    ["kv_cache_memory_bytes", "None"],
    ["kv_cache_size_tokens", String(blocks * c.blockSize)],
    ["kv_offloading_backend", "native"],
    ["kv_offloading_size", "None"],
    ["kv_sharing_fast_prefill", "False"],
    ["mamba_block_size", "None"],
    ["mamba_cache_dtype", "auto"],
    ["mamba_cache_mode", "none"],
    ["mamba_page_size_padded", "None"],
    ["mamba_ssm_cache_dtype", "auto"],
    ["num_cpu_blocks", "None"],
    ["num_gpu_blocks", String(blocks)],
    ["num_gpu_blocks_override", "None"],
    ["prefix_caching_hash_algo", "sha256"],
    ["prefix_match_unit", "None"],
    ["skip_page_size_padded", "None"],
    ["sliding_window", "None"],
    // The resolved config no longer says whether --block-size was given; 16 is vLLM's default.
    ["user_specified_block_size", pyBool(c.blockSize !== 16)],
    ["user_specified_mamba_block_size", "False"],
  ];
  return [fields.map((f) => f[0]), fields.map((f) => f[1])];
}

const SWAP_SPACE_BYTES = 4 * 1024 ** 3;

/** The V0 (0.6.4-0.7.x) CacheConfig label set of the aibrix scrape: no engine, no model_name. */
export function v0CacheConfigLabels(c: ResolvedEngineConfig): [string[], string[]] {
  // V0 sizes its CPU swap pool as swap_space / bytes per block (CacheEngine.get_cache_block_size).
  const cpuBlocks = Math.floor(SWAP_SPACE_BYTES / (c.blockSize * c.kvBytesPerTokenPerGpu));
  const fields: [string, string][] = [
    ["block_size", String(c.blockSize)],
    ["cache_dtype", "auto"],
    ["calculate_kv_scales", "False"],
    ["cpu_offload_gb", "0"],
    ["enable_prefix_caching", pyBool(c.enablePrefixCaching)],
    ["gpu_memory_utilization", pythonRepr(c.gpuMemoryUtilization)],
    ["is_attention_free", "False"],
    ["num_cpu_blocks", String(cpuBlocks)],
    ["num_gpu_blocks", String(c.memory.numGpuBlocks)],
    ["num_gpu_blocks_override", "None"],
    ["sliding_window", "None"],
    ["swap_space_bytes", String(SWAP_SPACE_BYTES)],
  ];
  return [fields.map((f) => f[0]), fields.map((f) => f[1])];
}

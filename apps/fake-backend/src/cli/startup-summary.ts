import type { ResolvedEngineConfig } from "@throtl/simulator";

const GiB = 1024 ** 3;
const gib = (b: number) => `${(b / GiB).toFixed(2)}GiB`;
const n = (x: number) => x.toLocaleString("en-US");

/** The lines vLLM logs at start-up about memory and the KV cache, for the simulated engine. */
export function startupSummary(c: ResolvedEngineConfig, urls: { api: string; dcgm?: string | undefined }, flavor: string): string[] {
  const m = c.memory;
  const kvTokens = m.numGpuBlocks * c.blockSize;
  return [
    `INFO [fake-backend] Simulated ${c.model.hfName} on ${c.gpu.modelName} (tp=${c.tensorParallelSize}, dp=${c.dataParallelSize}), /metrics flavor ${flavor}`,
    `INFO [fake-backend] max_num_seqs=${c.maxNumSeqs}, max_num_batched_tokens=${c.maxNumBatchedTokens}, max_model_len=${c.maxModelLen}, ` +
      `block_size=${c.blockSize}, enable_prefix_caching=${c.enablePrefixCaching}, enable_chunked_prefill=${c.enableChunkedPrefill}`,
    `INFO [worker] Memory profiling: total_gpu_memory (${gib(c.gpu.memBytes)}) x gpu_memory_utilization (${c.gpuMemoryUtilization.toFixed(2)}) = ${gib(m.budgetBytes)}; ` +
      `model weights take ${gib(m.weightBytes)}; non_torch_memory takes ${gib(m.nonTorchBytes)}; PyTorch activation peak memory takes ${gib(m.activationBytes)}; ` +
      `the rest of the memory reserved for KV Cache is ${gib(m.kvCacheBytes)}.`,
    `INFO [kv_cache_utils] GPU KV cache size: ${n(kvTokens)} tokens (${n(m.numGpuBlocks)} blocks of ${c.blockSize}) per engine`,
    `INFO [kv_cache_utils] Maximum concurrency for ${n(c.maxModelLen)} tokens per request: ${(kvTokens / c.maxModelLen).toFixed(2)}x`,
    `INFO [api_server] Starting vLLM API server on ${urls.api} (served model name: ${c.servedModelName})`,
    `INFO [api_server] Routes: /v1/models /v1/completions /v1/chat/completions /health /version /metrics /throtl/config /throtl/records`,
    ...(urls.dcgm ? [`INFO [fake-backend] Fake dcgm-exporter on ${urls.dcgm}/metrics`] : []),
  ];
}

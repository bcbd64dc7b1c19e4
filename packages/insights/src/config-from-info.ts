import type { EngineConfig } from "./observation.ts";

type Labels = Readonly<Record<string, string>>;

/** Python's str() of an int, float or bool, as vLLM writes its info labels; "None" and junk → undefined. */
const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
const float = (v: string | undefined) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : undefined);
const bool = (v: string | undefined) => (v === "True" ? true : v === "False" ? false : undefined);

/**
 * The engine config that info series reveal: vLLM's `cache_config_info` (one series per engine, so
 * their count is the data-parallel size) and a GPU series per GPU (`modelName`, `gpu`). What they do
 * not carry (max_num_seqs, max_num_batched_tokens, max_model_len) stays unknown.
 */
export function configFromInfo(engine: readonly Labels[], gpus: readonly Labels[]): EngineConfig {
  const first = engine[0];
  const config: { -readonly [K in keyof EngineConfig]: EngineConfig[K] } = {};
  if (first) {
    const set = <K extends keyof EngineConfig>(k: K, v: EngineConfig[K] | undefined) => { if (v !== undefined) config[k] = v; };
    set("blockSize", int(first.block_size));
    set("gpuMemoryUtilization", float(first.gpu_memory_utilization));
    set("numGpuBlocks", int(first.num_gpu_blocks));
    set("enablePrefixCaching", bool(first.enable_prefix_caching));
    set("kvCacheDtype", first.cache_dtype);
    const engines = new Set(engine.map((l) => `${l.instance ?? ""}/${l.engine ?? ""}`));
    config.dataParallelSize = engines.size;
  }
  if (gpus.length > 0) {
    const model = gpus.find((g) => g.modelName)?.modelName;
    if (model) config.gpuModel = model;
    config.gpuCount = new Set(gpus.map((g) => `${g.instance ?? ""}/${g.Hostname ?? ""}/${g.gpu ?? g.UUID ?? ""}`)).size;
  }
  return config;
}

import { describe, expect, it } from "vitest";
import { configFromInfo } from "./config-from-info.ts";

const cache = (engine: string, extra: Record<string, string> = {}) => ({
  instance: "127.0.0.1:8000", engine, model_name: "meta-llama/Llama-3.1-8B-Instruct", block_size: "16", gpu_memory_utilization: "0.3",
  num_gpu_blocks: "3589", enable_prefix_caching: "True", cache_dtype: "auto", ...extra,
});

describe("engine config from info series", () => {
  it("reads vLLM's cache_config_info labels and counts data-parallel engines", () => {
    expect(configFromInfo([cache("0"), cache("1")], [])).toEqual({
      blockSize: 16, gpuMemoryUtilization: 0.3, numGpuBlocks: 3589, enablePrefixCaching: true, kvCacheDtype: "auto", dataParallelSize: 2,
    });
  });

  it("reads the GPU model and counts GPUs from dcgm-exporter series", () => {
    const gpu = (i: string) => ({ instance: "127.0.0.1:8000", gpu: i, modelName: "NVIDIA H100 80GB HBM3", Hostname: "h" });
    expect(configFromInfo([], [gpu("0"), gpu("1"), gpu("1")])).toEqual({ gpuModel: "NVIDIA H100 80GB HBM3", gpuCount: 2 });
  });

  it("leaves what the labels do not say unknown: None, junk and absent fields", () => {
    const c = configFromInfo([cache("0", { block_size: "None", gpu_memory_utilization: "x", enable_prefix_caching: "maybe" })], []);
    expect(c.blockSize).toBeUndefined();
    expect(c.gpuMemoryUtilization).toBeUndefined();
    expect(c.enablePrefixCaching).toBeUndefined();
    expect(c.maxNumSeqs).toBeUndefined();
    expect(configFromInfo([], [])).toEqual({});
  });
});

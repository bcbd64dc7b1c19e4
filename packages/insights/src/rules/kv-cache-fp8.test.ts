import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { kvCacheFp8 } from "./kv-cache-fp8.ts";

type O = Partial<Observation>;
const pressed = (current: object = {}, config: object = {}): O => ({
  current: { kv_cache_usage: 0.95, preemption_rate: 0.5, ...current },
  config: { gpuModel: "NVIDIA H100 80GB HBM3", kvCacheDtype: "auto", ...config },
});

describe("store the KV cache in FP8 under KV pressure and preemption on an FP8-capable GPU", () => {
  it.each<[string, O, boolean]>([
    ["fires on H100 with the auto dtype", pressed(), true],
    ["fires on L40S and L4", pressed({}, { gpuModel: "NVIDIA L4" }), true],
    ["fires when the dtype is unknown", pressed({}, { kvCacheDtype: undefined }), true],
    ["silent on A100 (no FP8 tensor cores)", pressed({}, { gpuModel: "NVIDIA A100-SXM4-80GB" }), false],
    ["silent on a GPU outside the table", pressed({}, { gpuModel: "NVIDIA A10G" }), false],
    ["silent when the GPU is unknown", pressed({}, { gpuModel: undefined }), false],
    ["silent when the cache is already FP8", pressed({}, { kvCacheDtype: "fp8" }), false],
    ["silent at exactly 90 % KV", pressed({ kv_cache_usage: 0.9 }), false],
    ["silent at exactly 0.1 preemptions/s", pressed({ preemption_rate: 0.1 }), false],
    ["silent without KV data", pressed({ kv_cache_usage: null }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(kvCacheFp8, o) !== null).toBe(fires);
  });

  it("computes the doubled capacity from num_gpu_blocks × block_size", () => {
    const rec = runRule(kvCacheFp8, pressed({}, { numGpuBlocks: 28057, blockSize: 16 }));
    expect(rec?.hint).toMatchObject({ flag: "--kv-cache-dtype", current: "auto", suggested: "fp8" });
    expect(rec?.hint.effect).toContain("448912");
    expect(rec?.hint.effect).toContain("897824");
  });
});

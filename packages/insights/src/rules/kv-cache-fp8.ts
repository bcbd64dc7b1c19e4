import { kvPressureWithPreemption } from "../conditions.ts";
import { count } from "../format.ts";
import { matchGpu } from "../gpus/gpu-table.ts";
import type { Rule } from "./types.ts";

/** KV pressure with preemptions on a GPU with FP8 tensor cores: an FP8 KV cache holds twice the tokens. */
export const kvCacheFp8: Rule = {
  id: "kv-cache-fp8",
  evaluate(o, { thresholds: t }) {
    const pressure = kvPressureWithPreemption(o, t);
    const gpu = matchGpu(o.config.gpuModel);
    const dtype = o.config.kvCacheDtype;
    if (!pressure || !gpu?.fp8 || (dtype !== undefined && dtype !== "auto")) return null;
    const { numGpuBlocks: blocks, blockSize } = o.config;
    const tokens = blocks !== undefined && blockSize !== undefined ? blocks * blockSize : null;
    return {
      id: this.id, severity: "info",
      title: "Store the KV cache in FP8: twice the tokens in the same memory",
      evidence: pressure,
      hint: {
        flag: "--kv-cache-dtype", current: dtype ?? null, suggested: "fp8",
        effect: (tokens !== null ? `The cache grows from ${count(tokens)} to about ${count(2 * tokens)} tokens per engine` : "Each token's K and V take half the bytes, so the cache holds about twice the tokens") +
          `; on ${gpu.title} FP8 attention runs on tensor cores.` + (dtype === undefined ? " The current dtype is unknown (vLLM's default is auto: the model's dtype)." : ""),
        risk: "A small accuracy loss, most visible in long contexts; some attention backends lack FP8 KV support (vLLM's start-up log says which one it picked).",
      },
    };
  },
};

import { describe, expect, it } from "vitest";
import { EngineConfigError, resolveConfig } from "./config.ts";

describe("resolveConfig", () => {
  it("takes vLLM's large-GPU defaults on H100 (8192 tokens, 1024 seqs) and the small ones on A100 and L4", () => {
    const h = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm" });
    expect([h.maxNumBatchedTokens, h.maxNumSeqs]).toEqual([8192, 1024]);
    const a = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "a100-80gb" });
    expect([a.maxNumBatchedTokens, a.maxNumSeqs]).toEqual([2048, 256]);
    const l = resolveConfig({ model: "qwen2.5-0.5b-instruct", gpu: "l4" });
    expect([l.maxNumBatchedTokens, l.maxNumSeqs]).toEqual([2048, 256]);
  });

  it("sizes Llama-3.1-8B's KV cache on one H100 at 0.9 near the ~450k tokens vLLM reports", () => {
    const c = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm" });
    const tokens = c.memory.numGpuBlocks * c.blockSize;
    expect(tokens).toBeGreaterThan(400_000);
    expect(tokens).toBeLessThan(500_000);
    expect(c.kvBytesPerTokenPerGpu).toBe(131072);
  });

  it("grows the KV cache with gpu_memory_utilization", () => {
    const lo = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", gpuMemoryUtilization: 0.5 });
    const hi = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", gpuMemoryUtilization: 0.95 });
    expect(hi.memory.numGpuBlocks).toBeGreaterThan(lo.memory.numGpuBlocks * 2);
  });

  it("refuses Llama-3.1-70B on one H100 (weights alone exceed the budget) and accepts it with TP 4", () => {
    expect(() => resolveConfig({ model: "llama-3.1-70b-instruct", gpu: "h100-sxm" })).toThrow(/No available memory for the cache blocks/);
    const tp4 = resolveConfig({ model: "llama-3.1-70b-instruct", gpu: "h100-sxm", tensorParallelSize: 4, maxModelLen: 32768 });
    expect(tp4.memory.numGpuBlocks).toBeGreaterThan(0);
  });

  it("refuses a max_model_len whose KV does not fit, naming --max-model-len like vLLM", () => {
    try {
      resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "l4" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineConfigError);
      expect((e as EngineConfigError).flag).toBe("--max-model-len");
      expect((e as Error).message).toMatch(/estimated maximum model length is \d+/);
    }
  });

  it.each([
    [{ maxNumSeqs: 0 }, "--max-num-seqs"],
    [{ maxNumSeqs: 1.5 }, "--max-num-seqs"],
    [{ gpuMemoryUtilization: 1.2 }, "--gpu-memory-utilization"],
    [{ gpuMemoryUtilization: 0 }, "--gpu-memory-utilization"],
    [{ blockSize: 24 }, "--block-size"],
    [{ maxModelLen: 200_000 }, "--max-model-len"],
    [{ maxNumBatchedTokens: 64, maxNumSeqs: 128 }, "--max-num-batched-tokens"],
    [{ enableChunkedPrefill: false, maxNumBatchedTokens: 2048, maxModelLen: 8192 }, "--max-num-batched-tokens"],
    [{ tensorParallelSize: 3 }, "--tensor-parallel-size"],
  ])("rejects %o naming %s", (override, flag) => {
    expect(() => resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", ...override })).toThrow(
      expect.objectContaining({ flag }),
    );
  });
});

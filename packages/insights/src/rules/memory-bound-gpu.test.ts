import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { memoryBoundGpu } from "./memory-bound-gpu.ts";

type O = Partial<Observation>;
// H100's ridge is 989e12 / 3.35e12 = 295.2 tokens per step; memory-bound under half: 147.6.
const decoding = (current: object = {}, config: object = {}): O => ({
  current: { gpu_util: 0.95, tokens_per_step: 64, itl: { p50: 0.02 }, ...current },
  config: { gpuModel: "NVIDIA H100 80GB HBM3", ...config },
});

describe("FP8 weights when a GPU busy ≥ 80 % runs steps under half its roofline ridge", () => {
  it.each<[string, O, boolean]>([
    ["fires on H100 at 64 tokens per step", decoding(), true],
    ["fires just under half the ridge (147 tokens)", decoding({ tokens_per_step: 147 }), true],
    ["silent at half the ridge and above (148 tokens)", decoding({ tokens_per_step: 148 }), false],
    ["fires at exactly 80 % busy", decoding({ gpu_util: 0.8 }), true],
    ["silent under 80 % busy (demand, not the GPU, limits)", decoding({ gpu_util: 0.79 }), false],
    ["fires on A100 (weight-only FP8), whose ridge is 153", decoding({ tokens_per_step: 76 }, { gpuModel: "NVIDIA A100-SXM4-80GB" }), true],
    ["silent on A100 at 77 tokens (half its ridge)", decoding({ tokens_per_step: 77 }, { gpuModel: "NVIDIA A100-SXM4-80GB" }), false],
    ["silent when already FP8", decoding({}, { quantization: "fp8" }), false],
    ["silent when already 4-bit AWQ", decoding({}, { quantization: "awq" }), false],
    ["silent on a GPU outside the table", decoding({}, { gpuModel: "NVIDIA A10G" }), false],
    ["silent without tokens per step", decoding({ tokens_per_step: null }), false],
    ["silent without GPU utilization", decoding({ gpu_util: "unsupported" }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(memoryBoundGpu, o) !== null).toBe(fires);
  });

  it("predicts ITL toward half of p50 and says the current quantization is unknown", () => {
    const rec = runRule(memoryBoundGpu, decoding());
    expect(rec?.hint).toMatchObject({ flag: "--quantization", current: null, suggested: "fp8" });
    expect(rec?.hint.effect).toContain("10 ms");
    expect(rec?.hint.effect).toContain("unknown");
  });
});

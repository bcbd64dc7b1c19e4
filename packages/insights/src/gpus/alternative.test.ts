import { describe, expect, it } from "vitest";
import { planOn, type Workload } from "./alternative.ts";
import { GPU_TABLE } from "./gpu-table.ts";

// Llama-3.1-8B (16 GB of BF16 weights) on one H100 at 35 % busy making 1,500 output tok/s.
const h100: Workload = {
  gpu: GPU_TABLE["h100-sxm"], gpuCount: 1, tensorParallel: 1, tokensPerSecond: 1500, gpuUtil: 0.35, weightBytes: 16e9, bound: "memory",
};

describe("planOn: the same load on another GPU by the roofline", () => {
  it("scales memory-bound work by bandwidth: one A100 at 2,039/3,350 of an H100 carries it", () => {
    expect(planOn(GPU_TABLE["a100-80gb"], h100)).toMatchObject({ gpus: 1, tensorParallel: 1, hourlyUsd: 2.74 });
  });

  it("scales compute-bound work by FLOP/s: the A100 needs two", () => {
    expect(planOn(GPU_TABLE["a100-80gb"], { ...h100, bound: "compute" })?.gpus).toBe(2);
  });

  it("splits weights over 2 L4s (16 GB over half of 22.5 GiB) and rounds GPUs to whole TP groups", () => {
    // 1,500 / (4,286 × 300/3,350 × 0.7) = 5.6 → 6 GPUs, three TP-2 groups.
    expect(planOn(GPU_TABLE.l4, h100)).toMatchObject({ gpus: 6, tensorParallel: 2 });
  });

  it("gives no plan when the weights need more than 8 GPUs", () => {
    expect(planOn(GPU_TABLE.l4, { ...h100, weightBytes: 141e9 })).toBeNull();
  });

  it("predicts step time from bandwidth and tensor parallelism", () => {
    expect(planOn(GPU_TABLE["a100-80gb"], h100)?.stepTimeRatio).toBeCloseTo(3350 / 2039);
    expect(planOn(GPU_TABLE.l4, h100)?.stepTimeRatio).toBeCloseTo(3350 / 300 / 2);
  });

  it("takes the user's price for the alternative", () => {
    expect(planOn(GPU_TABLE["a100-80gb"], h100, { "a100-80gb": 1.5 })?.hourlyUsd).toBe(1.5);
  });
});

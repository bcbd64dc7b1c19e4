import { describe, expect, it } from "vitest";
import { GPU_TABLE, matchGpu, priceOf, rooflineRidgeTokens } from "./gpu-table.ts";

describe("gpu table", () => {
  it.each([
    ["NVIDIA H100 80GB HBM3", "h100-sxm"], ["NVIDIA A100-SXM4-80GB", "a100-80gb"], ["NVIDIA L40S", "l40s"],
    ["NVIDIA L4", "l4"], ["NVIDIA A100-SXM4-40GB", undefined], ["NVIDIA A10G", undefined], [undefined, undefined],
  ])("matches dcgm's modelName %s to %s", (name, id) => {
    expect(matchGpu(name)?.id).toBe(id);
  });

  it("puts the roofline ridge near 300 tokens per step on H100 and L4, 150 on A100", () => {
    expect(rooflineRidgeTokens(GPU_TABLE["h100-sxm"])).toBeCloseTo(295, 0);
    expect(rooflineRidgeTokens(GPU_TABLE["a100-80gb"])).toBeCloseTo(153, 0);
    expect(rooflineRidgeTokens(GPU_TABLE.l4)).toBeCloseTo(403, 0);
  });

  it("lets the user's price override the table's", () => {
    expect(priceOf(GPU_TABLE.l4, { l4: 0.5 })).toBe(0.5);
    expect(priceOf(GPU_TABLE.l4)).toBe(0.68);
  });
});

import { describe, expect, it } from "vitest";
import type { GpuPrices } from "../gpus/gpu-table.ts";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { cheaperGpu } from "./cheaper-gpu.ts";

type O = Partial<Observation>;
// One H100 ($4.18/h) at 35 % busy, memory-bound, 1,500 output tok/s of Llama-3.1-8B: one A100 ($2.74/h) carries it.
const served = (current: object = {}, o: O = {}): O => ({
  current: { generation_tokens_rate: 1500, gpu_util: 0.35, tokens_per_step: 40, itl: { p95: 0.02 }, ...current },
  config: { gpuModel: "NVIDIA H100 80GB HBM3", gpuCount: 1, model: "meta-llama/Llama-3.1-8B-Instruct", ...o.config },
  settings: { ...o.settings },
});

describe("cheaper GPU when another table GPU serves today's tokens/s for at least 20 % less", () => {
  const A100 = "1× A100 80GB (tensor-parallel 1)";
  const onlyA100 = (a100: number): GpuPrices => ({ "a100-80gb": a100, l40s: 100, l4: 100 });
  it.each<[string, O, string | null, GpuPrices?]>([
    ["fires: one A100 for 34 % less", served(), A100],
    ["fires at exactly 20 % saving ($5.00 vs $4.00)", served({}, { settings: { gpuHourlyUsd: 5 } }), A100, onlyA100(4)],
    ["silent just under 20 % saving ($5.00 vs $4.01)", served({}, { settings: { gpuHourlyUsd: 5 } }), null, onlyA100(4.01)],
    ["silent under 20 % saving ($3.42 now vs $2.74)", served({}, { settings: { gpuHourlyUsd: 3.42 } }), null],
    ["silent when the ITL SLO would break (20 ms × 1.64 > 30 ms)", served({}, { settings: { slo: { itlP95Seconds: 0.03 } } }), null],
    ["fires when the predicted ITL meets the SLO", served({}, { settings: { slo: { itlP95Seconds: 0.04 } } }), A100],
    ["picks the cheapest plan: two L40S when they cost less", served(), "2× L40S (tensor-parallel 1)", { l40s: 1 }],
    ["silent on the cheapest GPU already", served({}, { config: { gpuModel: "NVIDIA L4" } }), null],
    ["silent under 5 % busy (too little work to extrapolate)", served({ gpu_util: 0.049 }), null],
    ["silent when the model size cannot be read from its name", served({}, { config: { model: "my-finetune" } }), null],
    ["silent without a GPU count", served({}, { config: { gpuCount: undefined } }), null],
    ["silent without output tokens/s", served({ generation_tokens_rate: null }), null],
  ])("%s", (_name, o, suggested, prices = {}) => {
    expect(runRule(cheaperGpu, o, { prices })?.hint.suggested ?? null).toBe(suggested);
  });

  it("states both costs per hour and per 1K tokens", () => {
    const rec = runRule(cheaperGpu, served());
    expect(rec?.hint.effect).toContain("$4.18/h → $2.74/h");
    expect(rec?.hint.current).toBe("1× H100 SXM");
  });
});

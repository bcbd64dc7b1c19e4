import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { raiseGpuMemoryUtilization } from "./raise-gpu-memory-utilization.ts";

type O = Partial<Observation>;
const GiB = 1024 ** 3;
const pressed = (current: object = {}, config: object = { gpuMemoryUtilization: 0.9 }): O => ({
  current: { kv_cache_usage: 0.95, preemption_rate: 0.5, vram_used: 72.5 * GiB, vram_total: 80 * GiB, ...current }, config,
});

describe("raise --gpu-memory-utilization under KV pressure and preemption while VRAM is free", () => {
  it.each<[string, O, number | null]>([
    ["fires at the 0.9 default with 9 % of VRAM free, capped at 0.95", pressed(), 0.95],
    ["fires at 0.94: one point left under the cap", pressed({}, { gpuMemoryUtilization: 0.94 }), 0.95],
    ["silent at the 0.95 cap", pressed({}, { gpuMemoryUtilization: 0.95 }), null],
    ["uses free VRAM only: 0.8 with 8 % free → 0.86", pressed({ vram_used: 73.6 * GiB }, { gpuMemoryUtilization: 0.8 }), 0.86],
    ["silent when VRAM is full (98 % used leaves nothing past the margin)", pressed({ vram_used: 78.4 * GiB }), null],
    ["silent at exactly 90 % KV", pressed({ kv_cache_usage: 0.9 }), null],
    ["silent at exactly 0.1 preemptions/s", pressed({ preemption_rate: 0.1 }), null],
    ["silent without VRAM data", pressed({ vram_used: null }), null],
    ["silent where VRAM is unsupported", pressed({ vram_total: "unsupported" }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(raiseGpuMemoryUtilization, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("estimates the unknown setting from VRAM used and says so", () => {
    const rec = runRule(raiseGpuMemoryUtilization, pressed({ vram_used: 68 * GiB }, {}));
    expect(rec?.hint).toMatchObject({ current: null, suggested: 0.95 });
    expect(rec?.hint.effect).toContain("unknown");
  });
});

import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { computeBoundGpu } from "./compute-bound-gpu.ts";

type O = Partial<Observation>;
// H100's ridge is 295.2 tokens per step.
const saturated = (current: object = {}, o: O = {}): O => ({
  current: { gpu_util: 0.98, tokens_per_step: 600, itl: { p95: 0.075 }, running: 200, waiting: 0, ...current },
  previous: { waiting: 0 },
  config: { gpuModel: "NVIDIA H100 80GB HBM3", dataParallelSize: 2, ...o.config },
  settings: { slo: { itlP95Seconds: 0.05 }, ...o.settings },
});

describe("add data-parallel replicas when a GPU busy ≥ 80 % runs past its ridge and misses SLO or queues", () => {
  it.each<[string, O, number | string | null]>([
    ["fires: ITL 1.5× over target → DP 2 → 3", saturated(), 3],
    ["fires at the ridge (296 tokens per step)", saturated({ tokens_per_step: 296 }), 3],
    ["silent just under the ridge (295 tokens)", saturated({ tokens_per_step: 295 }), null],
    ["silent under 80 % busy", saturated({ gpu_util: 0.79 }), null],
    ["silent when ITL meets its target", saturated({ itl: { p95: 0.05 } }), null],
    ["fires on a growing queue: (200 + 200) / 200 = 2× → DP 4", saturated({ itl: { p95: 0.04 }, waiting: 200 }, {}), 4],
    ["adds at least one replica for a small breach", saturated({ itl: { p95: 0.051 } }), 3],
    ["says so when DP is unknown", saturated({}, { config: { dataParallelSize: undefined } }), "2× the current replicas"],
    ["silent without tokens per step", saturated({ tokens_per_step: null }), null],
    ["silent without SLO targets or a queue", saturated({}, { settings: { slo: {} } }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(computeBoundGpu, o)?.hint.suggested ?? null).toBe(suggested);
  });
});

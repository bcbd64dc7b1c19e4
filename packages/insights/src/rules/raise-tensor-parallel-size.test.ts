import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { raiseTensorParallelSize } from "./raise-tensor-parallel-size.ts";

type O = Partial<Observation>;
const slowSmall = (current: object = {}, config: object = {}, itlTarget = 0.05): O => ({
  current: { itl: { p95: 0.08 }, tokens_per_step: 16, ...current },
  config: { gpuModel: "NVIDIA L40S", tensorParallelSize: 1, ...config },
  settings: { slo: { itlP95Seconds: itlTarget } },
});

describe("raise --tensor-parallel-size when ITL p95 breaches its SLO on memory-bound steps", () => {
  it.each<[string, O, number | null]>([
    ["fires: ITL 1.6× over on TP 1 → 2", slowSmall(), 2],
    ["goes to 4 when 2× is not enough (ITL 2.4× over)", slowSmall({ itl: { p95: 0.12 } }), 4],
    ["from TP 2 at 1.6× over → 4", slowSmall({}, { tensorParallelSize: 2 }), 4],
    ["silent at exactly the ITL target", slowSmall({ itl: { p95: 0.05 } }), null],
    ["silent when steps are past half the ridge (L40S ridge 419: 210 tokens)", slowSmall({ tokens_per_step: 210 }), null],
    ["fires just under half the ridge (209 tokens)", slowSmall({ tokens_per_step: 209 }), 2],
    ["silent past 8 GPUs (one node)", slowSmall({}, { tensorParallelSize: 8 }), null],
    ["silent without an ITL target", { ...slowSmall(), settings: {} }, null],
    ["silent when the GPU is unknown", slowSmall({}, { gpuModel: undefined }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(raiseTensorParallelSize, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("assumes TP 1 when unknown and says so", () => {
    const rec = runRule(raiseTensorParallelSize, slowSmall({}, { tensorParallelSize: undefined }));
    expect(rec?.hint).toMatchObject({ current: null, suggested: 2 });
    expect(rec?.hint.effect).toContain("unknown");
  });
});

import { describe, expect, it } from "vitest";
import { snapshot } from "../testing/index.ts";
import { checkLikeForLike } from "./workload-check.ts";

const base = snapshot("00000000-0000-4000-8000-000000000001");
const withWorkload = (requestRate: number | null, promptMean = 1000, outputMean = 200) => ({
  ...base,
  workload: { ...base.workload, requestRate, promptTokens: { ...base.workload.promptTokens!, mean: promptMean }, outputTokens: { ...base.workload.outputTokens!, mean: outputMean } },
});

describe("checkLikeForLike (10 % tolerance)", () => {
  it.each([
    ["request rate +9 %: within tolerance", withWorkload(4.36), []],
    ["request rate +35 %", withWorkload(5.4), ["Request rate differs by +35 % (4 → 5.4 req/s), more than the 10 % tolerance: changes may come from the load, not the configuration."]],
    ["prompts −25 %", withWorkload(4, 750), ["Mean prompt length differs by -25 % (1,000 → 750 tokens), more than the 10 % tolerance: changes may come from the load, not the configuration."]],
    ["outputs +11 %", withWorkload(4, 1000, 222), ["Mean output length differs by +11 % (200 → 222 tokens), more than the 10 % tolerance: changes may come from the load, not the configuration."]],
    ["request rate missing on one side", withWorkload(null), ["Request rate not recorded for the candidate: cannot check that the workloads match."]],
  ])("%s", (_name, candidate, messages) => {
    expect(checkLikeForLike(base, candidate).map((w) => w.message)).toEqual(messages);
  });

  it("reports the relative difference as a number", () => {
    expect(checkLikeForLike(base, withWorkload(5.4))[0]?.relative).toBeCloseTo(0.35, 10);
  });

  it("warns about a different model or backend", () => {
    const other = { ...base, scope: { ...base.scope, model: "Qwen/Qwen2.5-7B" }, backend: { ...base.backend, flavor: "sglang" as const } };
    expect(checkLikeForLike(base, other).map((w) => w.field)).toEqual(["model", "backend"]);
  });
});

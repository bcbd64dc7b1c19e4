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

  it("accepts a different request rate under a closed-loop load (same requests in the server, rate × latency constant)", () => {
    const withLoad = (rate: number, running: number, waiting: number, e2eMean: number) => {
      const s = withWorkload(rate);
      const set: Record<string, number> = { "running/value": running, "waiting/value": waiting, "e2e/mean": e2eMean };
      return { ...s, signals: s.signals.map((v) => (`${v.signal}/${v.stat}` in set ? { ...v, value: set[`${v.signal}/${v.stat}`]! } : v)) };
    };
    // The e2e test's numbers: 15.6 → 40.5 req/s, 32 in the server, mean E2E 2.01 s → 0.735 s.
    expect(checkLikeForLike(withLoad(15.6, 8, 24, 2.01), withLoad(40.5, 24, 8, 0.735))).toEqual([]);
    // Concurrency changed too (32 → 40): a load that grew.
    expect(checkLikeForLike(withLoad(15.6, 8, 24, 2.01), withLoad(40.5, 24, 16, 0.735)).map((w) => w.field)).toEqual(["requestRate"]);
    // Same concurrency but latency unchanged: more requests arrived (an open loop), not a faster server.
    expect(checkLikeForLike(withLoad(15.6, 8, 24, 2.01), withLoad(40.5, 24, 8, 2.01)).map((w) => w.field)).toEqual(["requestRate"]);
    // An idle server tells nothing about the load's shape.
    expect(checkLikeForLike(withLoad(0.1, 0, 0, 1), withLoad(0.5, 0, 0, 0.2)).map((w) => w.field)).toEqual(["requestRate"]);
  });

  it("reports the relative difference as a number", () => {
    expect(checkLikeForLike(base, withWorkload(5.4))[0]?.relative).toBeCloseTo(0.35, 10);
  });

  it("warns about a different model or backend", () => {
    const other = { ...base, scope: { ...base.scope, model: "Qwen/Qwen2.5-7B" }, backend: { ...base.backend, flavor: "sglang" as const } };
    expect(checkLikeForLike(base, other).map((w) => w.field)).toEqual(["model", "backend"]);
  });
});

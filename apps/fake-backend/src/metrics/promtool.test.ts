import { describe, expect, it } from "vitest";
import { FLAVORS, type Flavor } from "../flavors.ts";
import { drive, mixedLoad } from "./testing/drive.ts";
import { readFixture } from "./testing/exposition.ts";
import { promtoolProblems } from "./testing/promtool.ts";

const problemsOf = (...fixtures: string[]) => new Set(fixtures.flatMap((f) => [...promtoolProblems(readFixture(f))]));
const VLLM = ["vllm-0.4.x-v0engine-datadog-fixture.prom", "vllm-0.7.x-v0engine-aibrix-docs-excerpt.prom", "vllm-0.8plus-v1engine-vllm-docs-excerpt.prom"];
const TRITON = "triton-2.x-datadog-fixture.prom";

/**
 * The real samples each flavor is held to. SGLang has no sample here; it uses prometheus_client like
 * vLLM, so vLLM's are its baseline. Triton's vLLM backend adds vllm:* names to Triton's own.
 */
const BASELINE: Record<Flavor, string[]> = {
  "vllm": VLLM, "vllm-legacy": VLLM, "sglang": VLLM, "triton-vllm": [TRITON, ...VLLM], "triton-trtllm": [TRITON], "tgi": ["tgi-3.x-datadog-fixture.prom"],
};

describe("promtool check metrics", () => {
  it.each(FLAVORS)("finds no problem in %s output that its real sample does not also have (idle and under load)", (flavor) => {
    const allowed = problemsOf(...BASELINE[flavor]);
    const idle = drive(flavor, { dataParallelSize: 2 }, []);
    const busy = drive(flavor, { dataParallelSize: 2 }, mixedLoad(30, 0.02, { sharedPrefix: 256 }), 1.5);
    for (const text of [idle.metrics.render(5), busy.metrics.render(busy.now)]) {
      const extra = [...promtoolProblems(text)].filter((p) => !allowed.has(p));
      expect(extra, flavor).toEqual([]);
    }
  });
});

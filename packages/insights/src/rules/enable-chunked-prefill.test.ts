import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { enableChunkedPrefill } from "./enable-chunked-prefill.ts";

type O = Partial<Observation>;
const off = (itl: object = {}, config: object = { enableChunkedPrefill: false }): O => ({
  current: { itl: { p50: 0.02, p99: 0.1, ...itl } }, config,
});

describe("enable chunked prefill when it is off and ITL p99 ≥ 3× p50", () => {
  it.each<[string, O, boolean]>([
    ["fires at 5×", off(), true],
    ["fires at exactly 3×", off({ p99: 0.06 }), true],
    ["silent just under 3×", off({ p99: 0.059 }), false],
    ["silent when chunked prefill is on", off({}, { enableChunkedPrefill: true }), false],
    ["silent when it is unknown (vLLM V1 always chunks)", off({}, {}), false],
    ["silent without ITL p50", off({ p50: null }), false],
    ["silent where ITL is unsupported", off({ p99: "unsupported" }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(enableChunkedPrefill, o)?.hint.suggested ?? null).toBe(fires ? true : null);
  });
});

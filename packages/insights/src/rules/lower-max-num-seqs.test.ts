import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { lowerMaxNumSeqs } from "./lower-max-num-seqs.ts";

type O = Partial<Observation>;
const pressed = (current: object = {}, config: object = { maxNumSeqs: 256 }): O => ({
  current: { kv_cache_usage: 0.95, preemption_rate: 0.5, running: 200, ...current }, config,
});

describe("lower --max-num-seqs when KV use is over 90 % and preemptions over 0.1/s", () => {
  it.each<[string, O, number | null]>([
    ["fires at KV 95 %, 0.5 preemptions/s: 200 × 0.85 / 0.95 = 178", pressed(), 178],
    ["fires just over 90 % KV", pressed({ kv_cache_usage: 0.91 }), 186],
    ["silent at exactly 90 % KV", pressed({ kv_cache_usage: 0.9 }), null],
    ["fires just over 0.1 preemptions/s", pressed({ preemption_rate: 0.11 }), 178],
    ["silent at exactly 0.1 preemptions/s", pressed({ preemption_rate: 0.1 }), null],
    ["silent with KV pressure but no preemption", pressed({ preemption_rate: 0 }), null],
    ["silent without preemption data", pressed({ preemption_rate: null }), null],
    ["silent without a running count", pressed({ running: null }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(lowerMaxNumSeqs, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("says the current cap is unknown when the config lacks it", () => {
    expect(runRule(lowerMaxNumSeqs, pressed({}, {}))?.hint).toMatchObject({ current: null, suggested: 178 });
  });
});

import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { raiseMaxNumSeqs } from "./raise-max-num-seqs.ts";

type O = Partial<Observation>;
const queued = (current: object = {}, config: object = { maxNumSeqs: 64 }): O => ({
  current: { waiting: 12, running: 64, kv_cache_usage: 0.4, ...current }, previous: { waiting: 8 }, config,
});

describe("raise --max-num-seqs when the queue grows while KV use stays under 70 %", () => {
  it.each<[string, O, number | null]>([
    ["fires at KV 40 % with a full batch: 64 × 0.85 / 0.4 = 136", queued(), 136],
    ["fires just under 70 % KV (69 %)", queued({ kv_cache_usage: 0.69 }), 78],
    ["silent at exactly 70 % KV", queued({ kv_cache_usage: 0.7 }), null],
    ["silent above 70 % KV", queued({ kv_cache_usage: 0.8 }), null],
    ["fires with the batch at exactly 90 % of the cap (57.6 of 64)", queued({ running: 57.6 }), 122],
    ["silent with the batch under 90 % of the cap: the cap is not the limit", queued({ running: 57 }), null],
    ["silent when the queue does not grow", { ...queued(), previous: { waiting: 12 } }, null],
    ["silent with no queue", queued({ waiting: 0 }), null],
    ["silent without KV data", queued({ kv_cache_usage: null }), null],
    ["silent when KV is unsupported", queued({ kv_cache_usage: "unsupported" }), null],
    ["silent without a running count", queued({ running: null }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(raiseMaxNumSeqs, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("still computes a value from the KV fit when the current cap is unknown, and says so", () => {
    const rec = runRule(raiseMaxNumSeqs, queued({}, {}));
    expect(rec?.hint).toMatchObject({ flag: "--max-num-seqs", current: null, suggested: 136 });
    expect(rec?.hint.effect).toContain("unknown");
  });
});

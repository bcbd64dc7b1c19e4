import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { lowerMaxNumBatchedTokens } from "./lower-max-num-batched-tokens.ts";

type O = Partial<Observation>;
const spiky = (o: { itl?: object; config?: object; prompt?: number | null; slo?: object } = {}): O => ({
  current: { itl: { p50: 0.02, p99: 0.1, ...o.itl } },
  config: { maxNumBatchedTokens: 8192, maxNumSeqs: 256, ...o.config },
  promptTokens: { p95: o.prompt === undefined ? 6000 : o.prompt },
  settings: { slo: o.slo },
});

describe("lower --max-num-batched-tokens when ITL p99 ≥ 3× p50 and p95 prompts fill half the budget", () => {
  it.each<[string, O, number | null]>([
    ["fires: p99 5× p50, aim p99 = 2 × p50 → 8192 × 20/80 = 2048", spiky(), 2048],
    ["fires at exactly 3× (p99 60 ms): 8192 × 20/40 = 4096", spiky({ itl: { p99: 0.06 } }), 4096],
    ["silent just under 3× (p99 59 ms)", spiky({ itl: { p99: 0.059 } }), null],
    ["fires with p95 prompts at exactly half the budget", spiky({ prompt: 4096 }), 2048],
    ["silent with p95 prompts under half the budget", spiky({ prompt: 4095 }), null],
    ["aims at the ITL SLO when set: 8192 × 30/80 = 3072 → 2048", spiky({ slo: { itlP95Seconds: 0.05 } }), 2048],
    ["silent when the SLO is under p50 (decode itself is too slow)", spiky({ slo: { itlP95Seconds: 0.015 } }), null],
    ["never under --max-num-seqs", spiky({ config: { maxNumSeqs: 4096 } }), 4096],
    ["silent when --max-num-seqs leaves nothing to lower", spiky({ config: { maxNumSeqs: 8192 } }), null],
    ["silent when the budget is unknown", spiky({ config: { maxNumBatchedTokens: undefined } }), null],
    ["silent with chunked prefill off (that is another rule)", spiky({ config: { enableChunkedPrefill: false } }), null],
    ["silent without prompt lengths", spiky({ prompt: null }), null],
    ["silent without ITL p99", spiky({ itl: { p99: null } }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(lowerMaxNumBatchedTokens, o)?.hint.suggested ?? null).toBe(suggested);
  });
});

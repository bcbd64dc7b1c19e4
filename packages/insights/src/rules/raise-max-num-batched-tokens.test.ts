import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { raiseMaxNumBatchedTokens } from "./raise-max-num-batched-tokens.ts";

type O = Partial<Observation>;
const slow = (o: { current?: object; config?: object; prompt?: number | null } = {}): O => ({
  current: { ttft: { p95: 3 }, queue_time: { p95: 0.5 }, running: 32, ...o.current },
  config: { maxNumBatchedTokens: 2048, ...o.config },
  promptTokens: { p95: o.prompt === undefined ? 6000 : o.prompt },
  settings: { slo: { ttftP95Seconds: 2 } },
});

describe("raise --max-num-batched-tokens when TTFT p95 breaches its SLO and at least half of it is prefill", () => {
  it.each<[string, O, number | null]>([
    ["fires: 6000-token p95 prompts + 32 decodes → 8192", slow(), 8192],
    ["silent at exactly the TTFT target", slow({ current: { ttft: { p95: 2 } } }), null],
    ["fires with exactly half of TTFT outside the queue (queue 1.5 of 3 s)", slow({ current: { queue_time: { p95: 1.5 } } }), 8192],
    ["silent when queueing is most of TTFT (queue 1.6 of 3 s)", slow({ current: { queue_time: { p95: 1.6 } } }), null],
    ["silent when the budget already holds prompt + decodes", slow({ config: { maxNumBatchedTokens: 8192 } }), null],
    ["fires when the budget is just under prompt + decodes (6032)", slow({ config: { maxNumBatchedTokens: 6031 } }), 8192],
    ["silent when the budget is exactly prompt + decodes", slow({ config: { maxNumBatchedTokens: 6032 } }), null],
    ["silent with chunked prefill off (a prompt already takes one step)", slow({ config: { enableChunkedPrefill: false } }), null],
    ["silent without prompt lengths", slow({ prompt: null }), null],
    ["silent without queue time", slow({ current: { queue_time: { p95: null } } }), null],
    ["silent without a TTFT target", { ...slow(), settings: {} }, null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(raiseMaxNumBatchedTokens, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("computes a budget from prompt lengths when the current one is unknown, and says so", () => {
    const rec = runRule(raiseMaxNumBatchedTokens, { ...slow(), config: {} });
    expect(rec?.hint).toMatchObject({ current: null, suggested: 8192 });
    expect(rec?.hint.effect).toContain("unknown");
  });
});

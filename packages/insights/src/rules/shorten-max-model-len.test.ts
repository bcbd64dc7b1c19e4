import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { shortenMaxModelLen } from "./shorten-max-model-len.ts";

type O = Partial<Observation>;
const pressed = (o: O = {}): O => ({
  current: { kv_cache_usage: 0.95, preemption_rate: 0.5, ...o.current },
  config: { maxModelLen: 32768, blockSize: 16, ...o.config },
  promptTokens: { p99: 3000, ...o.promptTokens }, outputTokens: { p95: 1000, ...o.outputTokens },
});

describe("shorten --max-model-len under KV pressure when the request tail × 1.25 is at most half of it", () => {
  it.each<[string, O, number | null]>([
    ["fires: (3000 + 1000) × 1.25 = 5000 ≤ 16384", pressed(), 5008],
    ["rounds up to whole blocks of the configured size", pressed({ config: { blockSize: 32 } }), 5024],
    ["fires at exactly twice the suggestion (10016 = 2 × 5008)", pressed({ config: { maxModelLen: 10016 } }), 5008],
    ["silent just under twice the suggestion", pressed({ config: { maxModelLen: 10015 } }), null],
    ["uses p95 when the prompt histogram has no p99", pressed({ promptTokens: { p99: null, p95: 2000 } }), 3760],
    ["silent at exactly 90 % KV", pressed({ current: { kv_cache_usage: 0.9 } }), null],
    ["silent without preemption", pressed({ current: { preemption_rate: 0 } }), null],
    ["silent without output lengths", pressed({ outputTokens: { p95: null } }), null],
    ["silent when max_model_len is unknown", { ...pressed(), config: {} }, null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(shortenMaxModelLen, o)?.hint.suggested ?? null).toBe(suggested);
  });
});

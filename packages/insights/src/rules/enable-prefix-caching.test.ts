import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { enablePrefixCaching } from "./enable-prefix-caching.ts";

type O = Partial<Observation>;
const off = (current: object = {}, config: object = { enablePrefixCaching: false }): O => ({
  current: { request_rate: 2, prompt_tokens_rate: 4000, generation_tokens_rate: 800, ...current }, config,
});

describe("enable prefix caching when it is off, traffic flows and prompt tokens ≥ output tokens", () => {
  it.each<[string, O, boolean]>([
    ["fires on a prompt-heavy workload (5:1)", off(), true],
    ["fires at exactly as many prompt as output tokens", off({ prompt_tokens_rate: 800 }), true],
    ["silent when output tokens outnumber prompt tokens", off({ prompt_tokens_rate: 799 }), false],
    ["fires at exactly 0.01 req/s", off({ request_rate: 0.01 }), true],
    ["silent without traffic (under 0.01 req/s)", off({ request_rate: 0.009 }), false],
    ["silent when caching is on", off({}, { enablePrefixCaching: true }), false],
    ["silent when the setting is unknown", off({}, {}), false],
    ["silent without token rates", off({ generation_tokens_rate: null }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(enablePrefixCaching, o) !== null).toBe(fires);
  });

  it("sizes the gain from an earlier window's hit rate", () => {
    const rec = runRule(enablePrefixCaching, { ...off(), previous: { prefix_cache_hit_rate: 0.6 } });
    expect(rec?.hint.effect).toContain("60 %");
  });
});

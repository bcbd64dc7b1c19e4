import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { promptsNearMaxModelLen } from "./prompts-near-max-model-len.ts";

type O = Partial<Observation>;
const near = (o: { prompt?: object; output?: object; config?: object; current?: object } = {}): O => ({
  current: { ...o.current },
  config: { maxModelLen: 4096, ...o.config },
  promptTokens: { p99: 3500, ...o.prompt }, outputTokens: { p95: 300, ...o.output },
});

describe("raise --max-model-len when the p99 prompt + p95 output reaches 90 % of it", () => {
  it.each<[string, O, number | null]>([
    ["fires at 3800 of 4096 tokens: 3800 × 1.25 → 8192", near(), 8192],
    ["fires at exactly 90 % (3686.4)", near({ prompt: { p99: 3386.4 } }), 8192],
    ["silent just under 90 %", near({ prompt: { p99: 3386 } }), null],
    ["counts prompts alone when output lengths are unknown", near({ prompt: { p99: 3700 }, output: { p95: null } }), 8192],
    ["caps at the KV cache's tokens", near({ config: { numGpuBlocks: 400, blockSize: 16 } }), 6400],
    ["silent without prompt lengths", near({ prompt: { p99: null } }), null],
    ["silent when max_model_len is unknown", near({ config: { maxModelLen: undefined } }), null],
  ])("%s", (_name, o, suggested) => {
    expect(runRule(promptsNearMaxModelLen, o)?.hint.suggested ?? null).toBe(suggested);
  });

  it("still warns, without a value, when the KV cache cannot hold a longer request", () => {
    const rec = runRule(promptsNearMaxModelLen, near({ config: { numGpuBlocks: 256, blockSize: 16 } }));
    expect(rec?.hint.suggested).toBeNull();
    expect(rec?.hint.effect).toContain("4096 tokens");
  });

  it("cites the error rate when requests fail", () => {
    expect(runRule(promptsNearMaxModelLen, near({ current: { error_rate: 0.05 } }))?.evidence.map((e) => e.signal)).toContain("error_rate");
  });
});

import { parseExposition, ScrapeStore } from "@throtl/signals/direct";
import { describe, expect, it } from "vitest";
import { directHistograms } from "./direct-histograms.ts";

/** Two scrapes 10 s apart of one vLLM target: 4 TTFT observations (0.05, 0.3, 0.3, 2) and 2 prompts of 700 tokens. */
function store(): ScrapeStore {
  const s = new ScrapeStore();
  const body = (n: number) => [
    `vllm:time_to_first_token_seconds_bucket{le="0.1",model_name="m"} ${n}`,
    `vllm:time_to_first_token_seconds_bucket{le="0.5",model_name="m"} ${3 * n}`,
    `vllm:time_to_first_token_seconds_bucket{le="+Inf",model_name="m"} ${4 * n}`,
    `vllm:time_to_first_token_seconds_count{model_name="m"} ${4 * n}`,
    `vllm:time_to_first_token_seconds_sum{model_name="m"} ${2.65 * n}`,
    `vllm:request_prompt_tokens_bucket{le="500.0",model_name="m"} 0`,
    `vllm:request_prompt_tokens_bucket{le="1000.0",model_name="m"} ${2 * n}`,
    `vllm:request_prompt_tokens_bucket{le="+Inf",model_name="m"} ${2 * n}`,
    `vllm:request_prompt_tokens_count{model_name="m"} ${2 * n}`,
    `vllm:request_prompt_tokens_sum{model_name="m"} ${1400 * n}`,
  ].join("\n") + "\n";
  for (const [t, n] of [[0, 0], [10_000, 1]] as const) {
    const parsed = parseExposition(body(n));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    s.record({ address: "h:1" }, { t, ok: true, samples: parsed.samples });
  }
  return s;
}

describe("direct-mode histogram windows", () => {
  it("are the increases over the window per group, le parsed, in seconds and tokens", () => {
    const [ttft, prompt, noSeries] = directHistograms("vllm", store(), ["ttft", "prompt_tokens", "tpot"], { scope: { by: "total" }, windowSeconds: 10, atMs: 10_000 });
    // Samples at both window edges: increase() is the raw difference.
    expect(ttft).toEqual({ kind: "ok", notes: [expect.any(String)], data: [{ group: "", histogram: { buckets: [{ le: 0.1, count: 1 }, { le: 0.5, count: 3 }], count: 4, sum: 2.65 } }] });
    expect(prompt).toEqual({ kind: "ok", notes: [], data: [{ group: "", histogram: { buckets: [{ le: 500, count: 0 }, { le: 1000, count: 2 }], count: 2, sum: 1400 } }] });
    expect(noSeries).toEqual({ kind: "ok", notes: [expect.any(String)], data: [] });
  });

  it("group by instance, and say why where the flavor has no buckets or no model label", () => {
    const [byInstance] = directHistograms("vllm", store(), ["ttft"], { scope: { by: "instance" }, windowSeconds: 10, atMs: 10_000 });
    expect(byInstance).toMatchObject({ kind: "ok", data: [{ group: "h:1" }] });
    expect(directHistograms("tgi", store(), ["ttft"], { scope: { by: "total" }, windowSeconds: 10, atMs: 10_000 })[0]).toMatchObject({ kind: "unsupported" });
    expect(directHistograms("tgi", store(), ["e2e"], { scope: { by: "model" }, windowSeconds: 10, atMs: 10_000 })[0]).toMatchObject({ kind: "unsupported", reason: expect.stringContaining("no model") });
  });
});

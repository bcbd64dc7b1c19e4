import { describe, expect, it } from "vitest";
import { drive, mixedLoad } from "../testing/drive.ts";
import { labelNames, leOrder, parseExposition, sampleValue, sumSamples } from "../testing/exposition.ts";
import { SCHEDULER_GAUGES } from "./sglang-families.ts";

const MODEL = "meta-llama/Llama-3.1-8B-Instruct";
const M = `{model_name="${MODEL}"}`;
const run = drive("sglang", {}, mixedLoad(50, 0.02, { sharedPrefix: 512 }), 2.5);
const text = run.metrics.render(run.now);
const families = parseExposition(text);

/** Catalog §4: tokenizer-side families and their buckets. */
const TOKENIZER: [string, string][] = [
  ["sglang:prompt_tokens_total", "counter"], ["sglang:generation_tokens_total", "counter"], ["sglang:cached_tokens_total", "counter"],
  ["sglang:num_requests_total", "counter"], ["sglang:time_to_first_token_seconds", "histogram"],
  ["sglang:inter_token_latency_seconds", "histogram"], ["sglang:e2e_request_latency_seconds", "histogram"],
];

describe("sglang flavor", () => {
  it("has the catalog's scheduler gauges, queue-time histogram and tokenizer families, labelled model_name", () => {
    for (const [name] of SCHEDULER_GAUGES) expect(families.get(name)?.type, name).toBe("gauge");
    for (const [name, type] of [...TOKENIZER, ["sglang:queue_time_seconds", "histogram"]]) expect(families.get(name!)?.type, name).toBe(type);
    for (const f of families.values()) expect(labelNames(f), f.name).toEqual(["model_name"]);
    expect(text).not.toContain("_created");
  });

  it("uses the collector's bucket lists", () => {
    expect(leOrder(text, "sglang:time_to_first_token_seconds")).toEqual(["0.1", "0.2", "0.4", "0.6", "0.8", "1.0", "2.0", "4.0", "6.0", "8.0", "10.0", "20.0", "40.0", "60.0", "80.0", "100.0", "200.0", "400.0", "+Inf"]);
    expect(leOrder(text, "sglang:inter_token_latency_seconds").slice(0, 3)).toEqual(["0.002", "0.004", "0.006"]);
    expect(leOrder(text, "sglang:e2e_request_latency_seconds").at(-2)).toBe("2400.0");
    expect(leOrder(text, "sglang:queue_time_seconds").slice(0, 2)).toEqual(["0.0", "0.1"]);
  });

  it("counts tokenizer-side totals at request end and latency per token, as SGLang does", () => {
    const done = run.finished.filter((r) => r.finishReason !== "abort");
    expect(sampleValue(text, `sglang:generation_tokens_total${M}`)).toBe(done.reduce((a, r) => a + r.outputTokens, 0));
    expect(sampleValue(text, `sglang:prompt_tokens_total${M}`)).toBe(done.reduce((a, r) => a + r.promptTokens, 0));
    expect(sampleValue(text, `sglang:cached_tokens_total${M}`)).toBe(done.reduce((a, r) => a + r.cachedTokens, 0));
    expect(sampleValue(text, `sglang:num_requests_total${M}`)).toBe(done.length);
    expect(sampleValue(text, `sglang:time_to_first_token_seconds_count${M}`)).toBe(run.firstTokens[0]);
    expect(sampleValue(text, `sglang:inter_token_latency_seconds_count${M}`)).toBe(run.tokensPerEngine[0]! - run.firstTokens[0]!);
  });

  it("reads scheduler gauges from the engine and logs throughput every 40 decode steps", () => {
    const e = run.ctx.cluster.engines[0]!;
    expect(sampleValue(text, `sglang:num_running_reqs${M}`)).toBe(e.numRunning);
    expect(sampleValue(text, `sglang:num_queue_reqs${M}`)).toBe(e.numWaiting);
    expect(sampleValue(text, `sglang:token_usage${M}`)).toBe(e.kvUsage);
    expect(sampleValue(text, `sglang:num_used_tokens${M}`)).toBe(e.kv.usedBlocks * 16);
    expect(sampleValue(text, `sglang:gen_throughput${M}`)).toBeGreaterThan(0);
    expect(sampleValue(text, `sglang:cache_hit_rate${M}`)).toBeGreaterThan(0);
    expect(sumSamples(text, "sglang:queue_time_seconds_count")).toBe(run.finished.length);
  });

  it("prints multiprocess-mode histograms: _sum first, then buckets and _count", () => {
    const lines = text.split("\n").filter((l) => l.startsWith("sglang:e2e_request_latency_seconds"));
    expect(lines[0]).toMatch(/_sum\{/);
    expect(lines.at(-1)).toMatch(/_count\{/);
  });
});

import { describe, expect, it } from "vitest";
import { drive, mixedLoad } from "../testing/drive.ts";
import { familyTypes, labelNames, leOrder, parseExposition, readFixture, sampleValue, sumSamples } from "../testing/exposition.ts";

const MODEL = "meta-llama/Llama-3.1-8B-Instruct";
const L = `{model_name="${MODEL}"}`;
const excerpt = readFixture("vllm-0.7.x-v0engine-aibrix-docs-excerpt.prom");
const excerptFamilies = parseExposition(excerpt);
const run = drive("vllm-legacy", { maxNumSeqs: 256 }, mixedLoad(40, 0.03), 2);
const text = run.metrics.render(run.now);
const families = parseExposition(text);

/** Catalog §1c: the V0 families a 0.6/0.7 server shows after traffic (besides the aibrix excerpt's). */
const CATALOG_V0 = [
  "vllm:time_to_first_token_seconds histogram", "vllm:time_per_output_token_seconds histogram", "vllm:e2e_request_latency_seconds histogram",
  "vllm:request_prompt_tokens histogram", "vllm:request_generation_tokens histogram", "vllm:request_params_n histogram",
  "vllm:request_queue_time_seconds histogram", "vllm:request_inference_time_seconds histogram", "vllm:request_prefill_time_seconds histogram",
  "vllm:request_decode_time_seconds histogram", "vllm:request_max_num_generation_tokens histogram", "vllm:request_params_max_tokens histogram",
];

describe("vllm-legacy flavor (V0 engine, 0.6.4-0.7.x)", () => {
  it("has every family of the aibrix 0.7 scrape with the same type and label names, and the catalog's V0 histograms", () => {
    const types = familyTypes(families);
    expect(types).toEqual(expect.arrayContaining([...familyTypes(excerptFamilies), ...CATALOG_V0]));
    for (const f of excerptFamilies.values()) expect(labelNames(families.get(f.name)!), f.name).toEqual(labelNames(f));
    expect(types.filter((t) => /kv_cache_usage_perc|inter_token|_created/.test(t))).toEqual([]);
  });

  it("labels engine metrics with model_name only and cache_config_info with the V0 CacheConfig keys", () => {
    for (const f of families.values()) {
      if (f.name === "vllm:cache_config_info" || f.name === "vllm:lora_requests_info") continue;
      expect(labelNames(f), f.name).toEqual(f.name === "vllm:request_success_total" ? ["finished_reason", "model_name"] : ["model_name"]);
    }
  });

  it("prints multiprocess-collector histograms: _sum first, buckets with le before model_name, then _count", () => {
    const lines = text.split("\n").filter((l) => l.startsWith("vllm:iteration_tokens_total"));
    expect(lines[0]).toMatch(/^vllm:iteration_tokens_total_sum\{model_name="[^"]+"\} \d+\.0$/);
    expect(lines[1]).toBe(`vllm:iteration_tokens_total_bucket{le="1.0",model_name="${MODEL}"} ${lines[1]!.split(" ")[1]}`);
    expect(lines.at(-1)).toMatch(/^vllm:iteration_tokens_total_count/);
  });

  it("uses the CUDA-graph capture sizes as iteration_tokens_total buckets, like the excerpt", () => {
    const excerptLe = leOrder(excerpt, "vllm:iteration_tokens_total");
    expect(leOrder(text, "vllm:iteration_tokens_total").slice(0, excerptLe.length)).toEqual(excerptLe);
    expect(leOrder(text, "vllm:iteration_tokens_total").at(-2)).toBe("256.0");
    expect(leOrder(text, "vllm:time_to_first_token_seconds").at(-2)).toBe("10.0");
    expect(leOrder(text, "vllm:e2e_request_latency_seconds")[0]).toBe("0.3");
  });

  it("counts tokens and finished requests like the V0 stat logger", () => {
    expect(sampleValue(text, `vllm:generation_tokens_total${L}`)).toBe(run.tokensPerEngine[0]);
    expect(sampleValue(text, `vllm:prompt_tokens_total${L}`)).toBe(run.firstTokenPrompt[0]);
    expect(sampleValue(text, `vllm:e2e_request_latency_seconds_count${L}`)).toBe(run.finished.length);
    expect(sampleValue(text, `vllm:time_per_output_token_seconds_count${L}`)).toBe(run.tokensPerEngine[0]! - run.firstTokens[0]!);
    for (const reason of ["stop", "length"]) {
      expect(sumSamples(text, "vllm:request_success_total", `"${reason}"`)).toBe(run.finished.filter((r) => r.finishReason === reason).length);
    }
    expect(sampleValue(text, `vllm:iteration_tokens_total_count${L}`)).toBe(run.steps);
  });

  it("creates a finished_reason series only once a request finished with that reason", () => {
    expect(text).not.toContain('finished_reason="abort"');
  });
});

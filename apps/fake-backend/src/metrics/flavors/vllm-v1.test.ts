import { describe, expect, it } from "vitest";
import { drive, mixedLoad, START_EPOCH } from "../testing/drive.ts";
import { familyTypes, labelNames, leOrder, parseExposition, readFixture, sampleValue, sumSamples } from "../testing/exposition.ts";
import { floatToGoString } from "../format/python-float.ts";

/** vLLM v0.26.0's 36 families (catalog §1a, inference-perf e2e/testdata/vllm_metric_families/v0.26.0.txt). */
const V0_26_FAMILIES = `cache_config_info g|e2e_request_latency_seconds h|engine_sleep_state g|estimated_flops_per_gpu_total c|
estimated_read_bytes_per_gpu_total c|estimated_write_bytes_per_gpu_total c|external_prefix_cache_hits_total c|
external_prefix_cache_queries_total c|generation_tokens_total c|inter_token_latency_seconds h|iteration_tokens_total h|
kv_cache_usage_perc g|mm_cache_hits_total c|mm_cache_queries_total c|num_preemptions_total c|num_requests_running g|
num_requests_waiting g|num_requests_waiting_by_reason g|prefix_cache_hits_total c|prefix_cache_queries_total c|
prompt_tokens_by_source_total c|prompt_tokens_cached_total c|prompt_tokens_total c|request_decode_time_seconds h|
request_generation_tokens h|request_inference_time_seconds h|request_max_num_generation_tokens h|request_params_max_tokens h|
request_params_n h|request_prefill_kv_computed_tokens h|request_prefill_time_seconds h|request_prompt_tokens h|
request_queue_time_seconds h|request_success_total c|request_time_per_output_token_seconds h|time_to_first_token_seconds h`
  .split("|").map((s) => s.trim()).map((s) => {
    const [name, t] = s.split(" ");
    return `vllm:${name} ${{ c: "counter", g: "gauge", h: "histogram" }[t as "c" | "g" | "h"]}`;
  });

const MODEL = "meta-llama/Llama-3.1-8B-Instruct";
const load = mixedLoad(60, 0.02, { sharedPrefix: 512 });
// Stopped mid-run so finished and in-flight requests coexist.
const run = drive("vllm", { dataParallelSize: 2 }, load, 2.5);
const text = run.metrics.render(run.now);
const families = parseExposition(text);
const fmt = floatToGoString;

describe("vllm flavor (V1, v0.26.0)", () => {
  it("exposes exactly the 36 families of the v0.26.0 list, with their types", () => {
    expect(familyTypes(families).sort()).toEqual([...V0_26_FAMILIES].sort());
  });

  it("puts engine and model_name on every engine series; cache_config_info has CacheConfig keys plus engine, no model_name", () => {
    for (const f of families.values()) {
      if (f.name === "vllm:cache_config_info") continue;
      expect(labelNames(f), f.name).toEqual(expect.arrayContaining(["engine", "model_name"]));
    }
    const info = families.get("vllm:cache_config_info")!;
    expect(labelNames(info)).not.toContain("model_name");
    expect(info.series.map((m) => m.labels.engine)).toEqual(["0", "1"]);
    const l = info.series[0]!.labels;
    expect(l).toMatchObject({ block_size: "16", cache_dtype: "auto", enable_prefix_caching: "True", gpu_memory_utilization: "0.9" });
    expect(Number(l.num_gpu_blocks)).toBe(run.ctx.config.memory.numGpuBlocks);
    expect(Number(l.kv_cache_size_tokens)).toBe(run.ctx.config.memory.numGpuBlocks * 16);
  });

  it("adds the extra label keys with every value pre-created (reasons, sources, sleep states)", () => {
    const values = (name: string, label: string) => [...new Set(families.get(name)!.series.map((m) => m.labels[label]))];
    expect(values("vllm:request_success_total", "finished_reason")).toEqual(["stop", "length", "abort", "error"]);
    expect(values("vllm:prompt_tokens_by_source_total", "source")).toEqual(["local_compute", "local_cache_hit", "external_kv_transfer"]);
    expect(values("vllm:num_requests_waiting_by_reason", "reason")).toEqual(["capacity", "deferred"]);
    expect(values("vllm:engine_sleep_state", "sleep_state")).toEqual(["awake", "weights_offloaded", "discard_all"]);
  });

  it("uses the source's bucket lists: 1-2-5 up to max_model_len for token histograms, fixed lists for latencies", () => {
    expect(leOrder(text, "vllm:request_prompt_tokens")).toEqual(["1.0", "2.0", "5.0", "10.0", "20.0", "50.0", "100.0", "200.0", "500.0", "1000.0", "2000.0", "5000.0", "+Inf"]);
    expect(leOrder(text, "vllm:time_to_first_token_seconds")).toHaveLength(23);
    expect(leOrder(text, "vllm:time_to_first_token_seconds").slice(-3)).toEqual(["640.0", "2560.0", "+Inf"]);
    expect(leOrder(text, "vllm:inter_token_latency_seconds")[0]).toBe("0.01");
    expect(leOrder(text, "vllm:request_time_per_output_token_seconds")).toEqual(leOrder(text, "vllm:inter_token_latency_seconds"));
    expect(leOrder(text, "vllm:e2e_request_latency_seconds").slice(0, 3)).toEqual(["0.3", "0.5", "0.8"]);
    expect(leOrder(text, "vllm:e2e_request_latency_seconds").at(-2)).toBe("7680.0");
    expect(leOrder(text, "vllm:request_params_n")).toEqual(["1.0", "2.0", "5.0", "10.0", "20.0", "+Inf"]);
  });

  it("keeps the V1 docs excerpt's iteration_tokens_total line shape (sorted labels, le between engine and model_name)", () => {
    const excerpt = readFixture("vllm-0.8plus-v1engine-vllm-docs-excerpt.prom");
    const excerptLe = [...excerpt.matchAll(/le="([^"]+)"/g)].map((m) => m[1]);
    expect(leOrder(text, "vllm:iteration_tokens_total").slice(0, excerptLe.length)).toEqual(excerptLe);
    expect(text).toMatch(/^vllm:iteration_tokens_total_bucket\{engine="0",le="1\.0",model_name="[^"]+"\} \d+\.0$/m);
  });

  it("prints families as prometheus_client does: _total on HELP/TYPE, buckets then _count then _sum, then a _created gauge block", () => {
    const block = text.slice(text.indexOf("# HELP vllm:request_params_n "), text.indexOf("# HELP vllm:request_params_max_tokens "));
    const lines = block.trim().split("\n");
    expect(lines[0]).toBe("# HELP vllm:request_params_n Histogram of the n request parameter.");
    expect(lines[1]).toBe("# TYPE vllm:request_params_n histogram");
    expect(lines.slice(2, 10).map((l) => l.split("{")[0])).toEqual([...Array(6).fill("vllm:request_params_n_bucket"), "vllm:request_params_n_count", "vllm:request_params_n_sum"]);
    expect(lines).toContain("# TYPE vllm:request_params_n_created gauge");
    expect(lines.at(-1)).toBe(`vllm:request_params_n_created{engine="1",model_name="${MODEL}"} ${fmt(START_EPOCH)}`);
    expect(text).toContain("# HELP vllm:generation_tokens_total Number of generation tokens processed.\n# TYPE vllm:generation_tokens_total counter\n");
    expect(text).toContain("# TYPE vllm:generation_tokens_created gauge\n");
    expect(text).not.toMatch(/_created\{[^}]*\} \d+$/m);
  });

  it("counts generated tokens per engine exactly (finished and in-flight requests)", () => {
    expect(run.finished.length).toBeGreaterThan(0);
    expect(run.metrics.render(run.now)).toBe(text);
    for (const e of [0, 1]) {
      expect(sampleValue(text, `vllm:generation_tokens_total{engine="${e}",model_name="${MODEL}"}`)).toBe(run.tokensPerEngine[e]);
      expect(sampleValue(text, `vllm:prompt_tokens_total{engine="${e}",model_name="${MODEL}"}`)).toBe(run.firstTokenPrompt[e]);
      expect(sampleValue(text, `vllm:time_to_first_token_seconds_count{engine="${e}",model_name="${MODEL}"}`)).toBe(run.firstTokens[e]);
      expect(sampleValue(text, `vllm:inter_token_latency_seconds_count{engine="${e}",model_name="${MODEL}"}`)).toBe(run.tokensPerEngine[e]! - run.firstTokens[e]!);
    }
    const inFlight = run.ctx.cluster.numRunning + run.ctx.cluster.numWaiting;
    expect(inFlight).toBeGreaterThan(0);
    expect(sumSamples(text, "vllm:num_requests_running") + sumSamples(text, "vllm:num_requests_waiting")).toBe(inFlight);
  });

  it("records one observation per finished request in every request histogram, and success by finish reason", () => {
    for (const h of ["e2e_request_latency_seconds", "request_queue_time_seconds", "request_prefill_time_seconds", "request_decode_time_seconds",
      "request_inference_time_seconds", "request_time_per_output_token_seconds", "request_prompt_tokens", "request_generation_tokens",
      "request_params_max_tokens", "request_max_num_generation_tokens", "request_params_n", "request_prefill_kv_computed_tokens"]) {
      expect(sumSamples(text, `vllm:${h}_count`), h).toBe(run.finished.length);
    }
    for (const reason of ["stop", "length", "abort"] as const) {
      expect(sumSamples(text, "vllm:request_success_total", `finished_reason="${reason}"`)).toBe(run.finished.filter((r) => r.finishReason === reason).length);
    }
    const e2e = run.finished.reduce((a, r) => a + (r.finishedAt - r.arrival), 0);
    expect(sumSamples(text, "vllm:e2e_request_latency_seconds_sum")).toBeCloseTo(e2e, 9);
    expect(sumSamples(text, "vllm:request_generation_tokens_sum")).toBe(run.finished.reduce((a, r) => a + r.outputTokens, 0));
  });

  it("moves the prefix-cache and prompt-source counters from the cache lookups", () => {
    expect(run.prefix.hits).toBeGreaterThan(0);
    expect(sumSamples(text, "vllm:prefix_cache_queries_total")).toBe(run.prefix.queried);
    expect(sumSamples(text, "vllm:prefix_cache_hits_total")).toBe(run.prefix.hits);
    const bySource = sumSamples(text, "vllm:prompt_tokens_by_source_total");
    expect(bySource).toBe(sumSamples(text, "vllm:prompt_tokens_total"));
    expect(sumSamples(text, "vllm:prompt_tokens_by_source_total", 'source="local_cache_hit"')).toBe(sumSamples(text, "vllm:prompt_tokens_cached_total"));
    expect(sumSamples(text, "vllm:prompt_tokens_cached_total")).toBeGreaterThan(0);
  });

  it("observes every engine step in iteration_tokens_total and counts per-GPU FLOPs and bytes", () => {
    expect(sumSamples(text, "vllm:iteration_tokens_total_count")).toBe(run.steps);
    expect(sumSamples(text, "vllm:estimated_flops_per_gpu_total")).toBeGreaterThan(0);
    expect(sumSamples(text, "vllm:estimated_read_bytes_per_gpu_total")).toBeGreaterThan(sumSamples(text, "vllm:estimated_write_bytes_per_gpu_total"));
  });

  it("counts FLOPs per GPU as the cost model reports them, without dividing by the tensor-parallel size again", () => {
    const tp2 = drive("vllm", { tensorParallelSize: 2 }, mixedLoad(10, 0.05), 1);
    expect(sumSamples(tp2.metrics.render(tp2.now), "vllm:estimated_flops_per_gpu_total")).toBeCloseTo(tp2.flops, -3);
  });

  it("reads KV usage and queue gauges from the live engines at scrape time", () => {
    run.ctx.cluster.engines.forEach((eng, e) => {
      expect(sampleValue(text, `vllm:kv_cache_usage_perc{engine="${e}",model_name="${MODEL}"}`)).toBe(eng.kvUsage);
      expect(sampleValue(text, `vllm:num_requests_waiting_by_reason{engine="${e}",model_name="${MODEL}",reason="capacity"}`)).toBe(eng.numWaiting);
    });
  });
});

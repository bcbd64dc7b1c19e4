import { describe, expect, it } from "vitest";
import { drive, mixedLoad } from "../testing/drive.ts";
import { familyLines, labelNames, leOrder, parseExposition, readFixture, sampleValue, sumSamples } from "../testing/exposition.ts";

const fixture = parseExposition(`${readFixture("triton-2.x-datadog-fixture.prom")}\n`);
const load = mixedLoad(40, 0.03);

/** Catalog §2 core families plus the first-response histogram (histogram_latencies=true). */
const CORE = [
  "nv_inference_request_success counter", "nv_inference_request_failure counter", "nv_inference_count counter", "nv_inference_exec_count counter",
  "nv_inference_request_duration_us counter", "nv_inference_queue_duration_us counter", "nv_inference_compute_input_duration_us counter",
  "nv_inference_compute_infer_duration_us counter", "nv_inference_compute_output_duration_us counter", "nv_inference_pending_request_count gauge",
  "nv_model_load_duration_secs gauge", "nv_pinned_memory_pool_total_bytes gauge", "nv_pinned_memory_pool_used_bytes gauge",
  "nv_inference_first_response_histogram_ms histogram", "nv_gpu_utilization gauge", "nv_gpu_memory_total_bytes gauge",
  "nv_gpu_memory_used_bytes gauge", "nv_gpu_power_usage gauge", "nv_gpu_power_limit gauge", "nv_energy_consumption counter",
  "nv_cpu_utilization gauge", "nv_cpu_memory_total_bytes gauge", "nv_cpu_memory_used_bytes gauge",
];
const VLLM_BACKEND = [
  "vllm:prompt_tokens_total counter", "vllm:generation_tokens_total counter", "vllm:time_to_first_token_seconds histogram",
  "vllm:time_per_output_token_seconds histogram", "vllm:e2e_request_latency_seconds histogram", "vllm:request_prompt_tokens histogram",
  "vllm:request_generation_tokens histogram", "vllm:request_params_n histogram",
];
const TRTLLM_BACKEND: [string, string, string[]][] = [
  ["nv_trt_llm_request_metrics gauge", "request_type", ["active", "max", "scheduled", "context", "waiting"]],
  ["nv_trt_llm_runtime_memory_metrics gauge", "memory_type", ["cpu", "gpu", "pinned"]],
  ["nv_trt_llm_kv_cache_block_metrics gauge", "kv_cache_block_type", ["max", "free", "used", "tokens_per", "reused", "fraction"]],
  ["nv_trt_llm_disaggregated_serving_metrics counter", "disaggregated_serving_type", ["kv_cache_transfer_ms", "request_count"]],
  ["nv_trt_llm_inflight_batcher_metrics gauge", "inflight_batcher_specific_metric", ["total_context_tokens", "generation_requests", "micro_batch_id", "paused_requests"]],
  ["nv_trt_llm_general_metrics gauge", "general_type", ["timestamp", "iteration_counter"]],
  ["nv_llm_output_token_len histogram", "response_metric_type", ["total_output_tokens"]],
  ["nv_llm_input_token_len histogram", "response_metric_type", ["total_input_tokens"]],
];

describe.each(["triton-vllm", "triton-trtllm"] as const)("%s flavor: Triton core", (flavor) => {
  const run = drive(flavor, { dataParallelSize: 2 }, load, 3);
  const text = run.metrics.render(run.now);
  const families = parseExposition(text);
  const model = flavor === "triton-vllm" ? "vllm_model" : "tensorrt_llm";
  const M = `{model="${model}",version="1"}`;

  it("has the catalog's core families with the fixture's type and labels (plus reason on failures)", () => {
    for (const entry of CORE) {
      const [name, type] = entry.split(" ");
      expect(families.get(name!)?.type, name).toBe(type);
      const old = fixture.get(name!);
      if (old && name !== "nv_inference_request_failure") expect(labelNames(families.get(name!)!), name).toEqual(labelNames(old));
    }
    expect(labelNames(families.get("nv_inference_request_failure")!)).toEqual(["model", "reason", "version"]);
    expect(families.get("nv_inference_request_failure")!.series.map((s) => s.labels.reason)).toEqual(["OTHER", "BACKEND", "CANCELED", "REJECTED"]);
    expect(families.get("nv_gpu_utilization")!.series).toHaveLength(2);
  });

  it("prints as prometheus-cpp: counters, gauges, then histograms; integers bare; _count and _sum before buckets, le last", () => {
    const types = text.split("\n").filter((l) => l.startsWith("# TYPE")).map((l) => l.split(" ")[3]);
    expect(types).toEqual([...types].sort((a, b) => ["counter", "gauge", "histogram"].indexOf(a!) - ["counter", "gauge", "histogram"].indexOf(b!)));
    const hist = familyLines(text, "nv_inference_first_response_histogram_ms");
    expect(hist[0]).toMatch(/^nv_inference_first_response_histogram_ms_count\{model="[^"]+",version="1"\} \d+$/);
    expect(hist[1]).toMatch(/^nv_inference_first_response_histogram_ms_sum\{/);
    expect(hist[2]).toBe(`nv_inference_first_response_histogram_ms_bucket{model="${model}",version="1",le="100"} ${hist[2]!.split(" ")[1]}`);
    expect(leOrder(text, "nv_inference_first_response_histogram_ms")).toEqual(["100", "500", "2000", "5000", "+Inf"]);
    expect(text).not.toMatch(/^nv_inference_(request_success|count)\{.*\} \d+\.0$/m);
  });

  it("counts requests and cumulative microseconds from the finished requests", () => {
    const done = run.finished.filter((r) => r.finishReason !== "abort");
    expect(sampleValue(text, `nv_inference_request_success${M}`)).toBe(done.length);
    expect(sampleValue(text, `nv_inference_exec_count${M}`)).toBe(run.arrivals);
    const us = done.reduce((a, r) => a + Math.floor((r.finishedAt - r.arrival) * 1e6), 0);
    expect(sampleValue(text, `nv_inference_request_duration_us${M}`)).toBe(us);
    expect(sampleValue(text, `nv_inference_first_response_histogram_ms_count${M}`)).toBe(run.firstTokens[0]! + run.firstTokens[1]!);
  });

  it("derives GPU gauges from the steps: utilization in [0, 1], power between idle and TDP, energy at least idle power", () => {
    const gpu = run.ctx.config.gpu;
    for (const v of familyLines(text, "nv_gpu_utilization").map((l) => Number(l.split(" ")[1]))) expect(v).toBeGreaterThan(0.5);
    for (const v of familyLines(text, "nv_gpu_power_usage").map((l) => Number(l.split(" ")[1]))) {
      expect(v).toBeGreaterThan(gpu.idleWatts);
      expect(v).toBeLessThanOrEqual(gpu.tdpWatts);
    }
    const poll = Math.floor(run.now / 2) * 2;
    for (const v of familyLines(text, "nv_energy_consumption").map((l) => Number(l.split(" ")[1]))) {
      expect(v).toBeGreaterThan(gpu.idleWatts * poll);
      expect(v).toBeLessThanOrEqual(gpu.tdpWatts * poll);
    }
    expect(sumSamples(text, "nv_gpu_power_limit")).toBe(2 * gpu.tdpWatts);
  });
});

describe("triton-vllm flavor: vLLM backend families", () => {
  const run = drive("triton-vllm", {}, load, 3);
  const text = run.metrics.render(run.now);
  const families = parseExposition(text);

  it("adds the backend's vllm:* families labelled model and version, with the old V0 bucket lists", () => {
    for (const entry of VLLM_BACKEND) {
      const [name, type] = entry.split(" ");
      expect(families.get(name!)?.type, name).toBe(type);
      expect(labelNames(families.get(name!)!)).toEqual(["model", "version"]);
    }
    expect(leOrder(text, "vllm:time_to_first_token_seconds").at(-2)).toBe("10");
    expect(leOrder(text, "vllm:time_per_output_token_seconds").at(-2)).toBe("2.5");
    expect(leOrder(text, "vllm:e2e_request_latency_seconds")).toEqual(["1", "2.5", "5", "10", "15", "20", "30", "40", "50", "60", "+Inf"]);
    expect([...families.keys()].filter((n) => /vllm:(num_requests|kv_cache|gpu_cache)/.test(n))).toEqual([]);
  });

  it("feeds token counters and histograms from the engine events", () => {
    const M = '{model="vllm_model",version="1"}';
    expect(sampleValue(text, `vllm:generation_tokens_total${M}`)).toBe(run.tokensPerEngine[0]);
    expect(sampleValue(text, `vllm:time_per_output_token_seconds_count${M}`)).toBe(run.tokensPerEngine[0]! - run.firstTokens[0]!);
    expect(sampleValue(text, `vllm:request_generation_tokens_count${M}`)).toBe(run.finished.length);
  });
});

describe("triton-trtllm flavor: TensorRT-LLM backend families", () => {
  const run = drive("triton-trtllm", {}, load, 1.5);
  const text = run.metrics.render(run.now);
  const families = parseExposition(text);
  const v = (family: string, label: string, value: string) =>
    sampleValue(text, `${family}{${[`${label}="${value}"`, 'model="tensorrt_llm"', 'version="1"'].sort().join(",")}}`);

  it("has the catalog's nv_trt_llm_* groups with their category label values, and the token-length histograms", () => {
    for (const [entry, label, values] of TRTLLM_BACKEND) {
      const [name, type] = entry.split(" ");
      const f = families.get(name!)!;
      expect(f.type, name).toBe(type);
      expect(f.series.map((s) => s.labels[label])).toEqual(values);
    }
    expect(leOrder(text, "nv_llm_output_token_len")).toEqual(["10", "50", "100", "500", "1000", "+Inf"]);
  });

  it("reads KV blocks and queues from the engine", () => {
    const engine = run.ctx.cluster.engines[0]!;
    expect(v("nv_trt_llm_kv_cache_block_metrics", "kv_cache_block_type", "max")).toBe(engine.kv.total);
    expect(v("nv_trt_llm_kv_cache_block_metrics", "kv_cache_block_type", "used")).toBe(engine.kv.usedBlocks);
    expect(v("nv_trt_llm_kv_cache_block_metrics", "kv_cache_block_type", "free")).toBe(engine.kv.total - engine.kv.usedBlocks);
    expect(v("nv_trt_llm_kv_cache_block_metrics", "kv_cache_block_type", "fraction")).toBe(engine.kvUsage);
    expect(v("nv_trt_llm_request_metrics", "request_type", "waiting")).toBe(engine.numWaiting);
    expect(v("nv_trt_llm_request_metrics", "request_type", "active")).toBe(engine.numRunning + engine.numWaiting);
    expect(v("nv_trt_llm_general_metrics", "general_type", "iteration_counter")).toBe(run.steps);
    expect(sumSamples(text, "nv_llm_input_token_len_count")).toBe(run.finished.length);
  });
});

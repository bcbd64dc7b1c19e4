import { describe, expect, it } from "vitest";
import type { Flavor } from "../flavors.ts";
import { drive, mixedLoad } from "./testing/drive.ts";
import { familyTypes, parseExposition, sampleValue, sumSamples } from "./testing/exposition.ts";

const MODEL = "meta-llama/Llama-3.1-8B-Instruct";

describe("before any traffic", () => {
  const idle = (flavor: Flavor) => drive(flavor, {}, []).metrics.render(10);

  it("vllm shows all 36 families with zero counters and empty histograms", () => {
    const text = idle("vllm");
    expect(familyTypes(parseExposition(text))).toHaveLength(36);
    expect(sumSamples(text, "vllm:generation_tokens_total")).toBe(0);
    expect(sumSamples(text, "vllm:e2e_request_latency_seconds_count")).toBe(0);
    expect(sampleValue(text, `vllm:engine_sleep_state{engine="0",model_name="${MODEL}",sleep_state="awake"}`)).toBe(1);
  });

  it("vllm-legacy shows gauges and counters; request_success and histograms wait for their first write", () => {
    const names = [...parseExposition(idle("vllm-legacy")).keys()];
    expect(names).toContain("vllm:generation_tokens_total");
    expect(names).toContain("vllm:gpu_prefix_cache_hit_rate");
    expect(names.filter((n) => n === "vllm:request_success_total" || n.endsWith("_seconds"))).toEqual([]);
  });

  it("Triton shows every core and backend family with zeros, idle GPU power and idle energy up to the last poll", () => {
    for (const flavor of ["triton-vllm", "triton-trtllm"] as const) {
      const run = drive(flavor, {}, []);
      const text = run.metrics.render(9);
      expect(text).toContain('nv_inference_request_success{model="');
      expect(text).toContain("nv_inference_first_response_histogram_ms_count{");
      expect(sumSamples(text, "nv_gpu_utilization")).toBe(0);
      expect(sumSamples(text, "nv_gpu_power_usage")).toBe(run.ctx.config.gpu.idleWatts);
      expect(sumSamples(text, "nv_energy_consumption")).toBeCloseTo(run.ctx.config.gpu.idleWatts * 8, 6);
    }
  });

  it("TGI shows only the gauge set at warmup, since its exporter renders recorded metrics only", () => {
    expect([...parseExposition(idle("tgi")).keys()]).toEqual(["tgi_batch_max_total_tokens"]);
  });

  it("SGLang shows the scheduler gauges only", () => {
    const names = [...parseExposition(idle("sglang")).keys()];
    expect(names).toContain("sglang:num_running_reqs");
    expect(names.filter((n) => !n.startsWith("sglang:") || n.endsWith("_total") || n.endsWith("_seconds"))).toEqual([]);
  });
});

describe("two data-parallel engines", () => {
  const load = mixedLoad(30, 0.02);

  it("vllm has one series per engine label in every family", () => {
    const text = drive("vllm", { dataParallelSize: 2 }, load, 1).metrics.render(1);
    for (const f of parseExposition(text).values()) {
      const engines = new Set(f.series.map((s) => s.labels.engine));
      expect([...engines].sort(), f.name).toEqual(["0", "1"]);
    }
  });

  it("vllm-legacy sums the engines into its single model_name series", () => {
    const run = drive("vllm-legacy", { dataParallelSize: 2 }, load, 1);
    const text = run.metrics.render(run.now);
    expect(sampleValue(text, `vllm:generation_tokens_total{model_name="${MODEL}"}`)).toBe(run.tokensPerEngine[0]! + run.tokensPerEngine[1]!);
    expect(sampleValue(text, `vllm:num_requests_running{model_name="${MODEL}"}`)).toBe(run.ctx.cluster.numRunning);
  });

  it("SGLang adds dp_rank to the scheduler series; Triton reports every GPU of every engine", () => {
    const sglang = drive("sglang", { dataParallelSize: 2 }, load, 1).metrics.render(1);
    expect(parseExposition(sglang).get("sglang:num_running_reqs")!.series.map((s) => s.labels.dp_rank)).toEqual(["0", "1"]);
    const triton = drive("triton-vllm", { dataParallelSize: 2, tensorParallelSize: 2 }, load, 1).metrics.render(1);
    expect(new Set(parseExposition(triton).get("nv_gpu_utilization")!.series.map((s) => s.labels.gpu_uuid)).size).toBe(4);
  });
});

describe("prefix caching off", () => {
  const load = mixedLoad(20, 0.02, { sharedPrefix: 512 });

  it("vllm counts no cache queries or hits and reports enable_prefix_caching False", () => {
    const run = drive("vllm", { enablePrefixCaching: false }, load);
    const text = run.metrics.render(run.now);
    expect(sumSamples(text, "vllm:prefix_cache_queries_total")).toBe(0);
    expect(sumSamples(text, "vllm:prompt_tokens_cached_total")).toBe(0);
    expect(sumSamples(text, "vllm:prompt_tokens_by_source_total", "local_compute")).toBe(sumSamples(text, "vllm:prompt_tokens_total"));
    expect(text).toContain('enable_prefix_caching="False"');
  });

  it("vllm-legacy reports -1 for both prefix-cache hit rates", () => {
    const text = drive("vllm-legacy", { enablePrefixCaching: false }, load).metrics.render(5);
    expect(sampleValue(text, `vllm:gpu_prefix_cache_hit_rate{model_name="${MODEL}"}`)).toBe(-1);
    expect(sampleValue(text, `vllm:cpu_prefix_cache_hit_rate{model_name="${MODEL}"}`)).toBe(-1);
    expect(text).toContain(`vllm:gpu_prefix_cache_hit_rate{model_name="${MODEL}"} -1.0\n`);
  });

  it("SGLang never creates cached_tokens_total", () => {
    expect(drive("sglang", { enablePrefixCaching: false }, load).metrics.render(5)).not.toContain("sglang:cached_tokens_total");
  });
});

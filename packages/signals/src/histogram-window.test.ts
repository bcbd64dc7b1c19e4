import { describe, expect, it } from "vitest";
import { histogramWindowQueries, histogramWindowSource, HISTOGRAM_IDS, toHistogramWindow } from "./histogram-window.ts";
import { ENGINE_FLAVORS } from "./types.ts";

describe("histogram windows", () => {
  it("render buckets by le, count and sum increases in the scope, with every name as an `or` alternative", () => {
    const q = histogramWindowQueries("vllm", "itl", { scope: { by: "total", model: "m", instance: "a:1" }, window: "300s" });
    expect(q).toMatchObject({ ok: true, scale: 1, unit: "seconds" });
    if (!q.ok) return;
    expect(q.promql._bucket).toBe('(sum by (le) (increase(vllm:inter_token_latency_seconds_bucket{instance="a:1",model_name="m"}[300s])) or sum by (le) (increase(vllm:time_per_output_token_seconds_bucket{instance="a:1",model_name="m"}[300s])))');
    expect(q.promql._count).toContain("sum (increase(vllm:inter_token_latency_seconds_count");
    expect(q.promql._sum).toContain("sum (increase(vllm:inter_token_latency_seconds_sum");
  });

  it("token lengths read the flavor's token histograms, with the category label where one family holds several", () => {
    const q = histogramWindowQueries("triton-trtllm", "prompt_tokens", { scope: { by: "total" }, window: "60s" });
    expect(q.ok && q.promql._bucket).toBe('sum by (le) (increase(nv_llm_input_token_len_bucket{response_metric_type="total_input_tokens"}[60s]))');
    expect(histogramWindowSource("tgi", "output_tokens")).toMatchObject({ ok: true, unit: "tokens", histogram: { names: ["tgi_request_generated_tokens"] } });
  });

  it("say why where there are no buckets: not exported, mean-only counters, single-value signals", () => {
    expect(histogramWindowSource("tgi", "ttft")).toMatchObject({ ok: false, reason: expect.stringContaining("TGI") });
    expect(histogramWindowSource("sglang", "prompt_tokens")).toMatchObject({ ok: false, reason: expect.stringContaining("--collect-tokens-histogram") });
    expect(histogramWindowSource("vllm", "request_rate")).toMatchObject({ ok: false });
    expect(histogramWindowQueries("tgi", "e2e", { scope: { by: "model" }, window: "60s" })).toMatchObject({ ok: false, reason: expect.stringContaining("no model") });
  });

  it("every flavor answers every histogram id with queries or a reason, never a throw", () => {
    for (const f of ENGINE_FLAVORS) for (const id of HISTOGRAM_IDS) expect(typeof histogramWindowQueries(f, id, { scope: { by: "total" }, window: "5m" }).ok).toBe("boolean");
  });

  it("converts answers: le spellings merged and sorted, +Inf dropped, bounds and sum scaled, count kept", () => {
    const w = toHistogramWindow({
      buckets: [{ le: "+Inf", value: 10 }, { le: "500", value: 8 }, { le: "100.0", value: 3 }, { le: "1e+02", value: 1 }, { le: "junk", value: 99 }],
      count: 10, sum: 2500,
    }, 0.001);
    expect(w).toEqual({ buckets: [{ le: 0.1, count: 4 }, { le: 0.5, count: 8 }], count: 10, sum: 2.5 });
  });

  it("is a gap (null) when the window saw no series, and keeps an unknown sum as null", () => {
    expect(toHistogramWindow({ buckets: [], count: undefined, sum: undefined }, 1)).toBeNull();
    expect(toHistogramWindow({ buckets: [{ le: "1", value: 0 }], count: 0, sum: NaN }, 1)).toEqual({ buckets: [{ le: 1, count: 0 }], count: 0, sum: null });
  });
});

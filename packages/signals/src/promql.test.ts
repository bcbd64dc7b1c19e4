import { describe, expect, it } from "vitest";
import { div, gauge, m, rate, scalar, where } from "./catalog/dsl.ts";
import { renderPromQL, type RenderContext } from "./promql.ts";
import type { Expr } from "./types.ts";

const ctx = (scope: RenderContext["scope"], modelLabel: string | undefined = "model_name"): RenderContext => ({ scope, modelLabel, window: "5m" });
const running = gauge(m("vllm:num_requests_running"), "sum");
const kv = gauge(m("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"), "avg");
const ttft = m("vllm:time_to_first_token_seconds");

const CASES: readonly [string, Expr, RenderContext, string][] = [
  ["sums the DP engine label away in a total", running, ctx({ by: "total" }),
    "sum (vllm:num_requests_running)"],
  ["keeps only the model label when grouping by model", running, ctx({ by: "model" }),
    "sum by (model_name) (vllm:num_requests_running)"],
  ["narrows to one instance and escapes model quotes", running, ctx({ by: "instance", instance: "gpu-1:8000", model: 'a"b' }),
    'sum by (instance) (vllm:num_requests_running{instance="gpu-1:8000",model_name="a\\"b"})'],
  ["joins renamed families with or, each aggregated alike", kv, ctx({ by: "model" }),
    "(avg by (model_name) (vllm:kv_cache_usage_perc) or avg by (model_name) (vllm:gpu_cache_usage_perc))"],
  ["keeps le in a quantile's grouping", { kind: "quantile", q: 0.99, histogram: ttft }, ctx({ by: "instance" }),
    "histogram_quantile(0.99, sum by (instance, le) (rate(vllm:time_to_first_token_seconds_bucket[5m])))"],
  ["matches every spelling of a bucket bound (1, 1.0, 1e+00)", { kind: "histogram_share_le", histogram: ttft, le: 1 }, ctx({ by: "total" }),
    '(sum (rate(vllm:time_to_first_token_seconds_bucket{le=~"1|1\\\\.0|1e\\\\+00"}[5m])) / (sum (rate(vllm:time_to_first_token_seconds_count[5m])) > 0))'],
  ["writes a fractional bound as Python and Go would (0.25, 2.5e-01)", { kind: "histogram_share_le", histogram: ttft, le: 0.25 }, ctx({ by: "total" }),
    '(sum (rate(vllm:time_to_first_token_seconds_bucket{le=~"0\\\\.25|2\\\\.5e-01"}[5m])) / (sum (rate(vllm:time_to_first_token_seconds_count[5m])) > 0))'],
  ["guards a division by a series against 0", div(rate(m("a_total")), rate(where({ r: "x" }, "b_total"))), ctx({ by: "total" }),
    '(sum (rate(a_total[5m]))) / (sum (rate(b_total{r="x"}[5m])) > 0)'],
  ["does not guard a division by a constant", div(gauge(m("DCGM_FI_DEV_GPU_UTIL"), "avg"), scalar(100)), ctx({ by: "instance" }),
    "(avg by (instance) (DCGM_FI_DEV_GPU_UTIL)) / (100)"],
  ["leaves the model matcher off GPU series", gauge(m("DCGM_FI_DEV_POWER_USAGE"), "sum"), ctx({ by: "instance", model: "m" }),
    "sum by (instance) (DCGM_FI_DEV_POWER_USAGE)"],
];

describe("renderPromQL", () => {
  it.each(CASES)("%s", (_title, expr, c, promql) => expect(renderPromQL(expr, c)).toBe(promql));

  it.each([
    ["GPU series grouped by model", gauge(m("nv_gpu_utilization"), "avg"), ctx({ by: "model" }, "model"), /GPU metrics have no model label/],
    ["a model scope on a backend without model label", running, { ...ctx({ by: "model" }), modelLabel: undefined }, /labels no model/],
    ["a missing parameter", { kind: "param", name: "gpu_count" } as Expr, ctx({ by: "total" }), /gpu_count is not configured/],
  ] as const)("refuses %s", (_title, expr, c, message) => expect(() => renderPromQL(expr, c)).toThrow(message));
});

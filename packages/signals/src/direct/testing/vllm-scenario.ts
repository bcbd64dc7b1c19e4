import type { Expr, MetricRef } from "../../types.ts";
import type { ScenarioTarget } from "./scenario.ts";

/**
 * A scripted history that exercises every rule direct mode must copy from Prometheus: two vLLM
 * instances (current and legacy metric names, le written "1.0" vs "1"), a counter reset, a failed
 * scrape, a model that disappears (staleness), a NaN gauge, zero denominators and a DCGM exporter
 * labelled with its engine's instance. One slot every 15 s.
 */
export const SLOTS = 14;
export const INTERVAL_SECONDS = 15;
const LE = ["0.1", "0.5", "1.0", "2.5", "+Inf"];
const LEGACY_LE = ["0.1", "0.5", "1", "2.5", "+Inf"];

const line = (name: string, labels: Record<string, string>, value: number) =>
  `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(",")}} ${Number.isNaN(value) ? "NaN" : value}`;

/** Cumulative bucket counts after `n` slots: per slot, `perSlot[b]` observations land in bucket b. */
function histogram(name: string, les: string[], labels: Record<string, string>, n: number, perSlot: number[]): string[] {
  let cumulative = 0;
  const lines = les.map((le, b) => line(`${name}_bucket`, { ...labels, le }, (cumulative += perSlot[b]! * n)));
  return [...lines, line(`${name}_count`, labels, cumulative), line(`${name}_sum`, labels, n * (0.05 * perSlot[0]! + 0.3 * perSlot[1]! + 0.7 * perSlot[2]! + 2 * perSlot[3]! + 4 * perSlot[4]!))];
}

function engineBody(i: number): string {
  const out = ["# HELP vllm:generation_tokens_total Number of generation tokens processed.", "# TYPE vllm:generation_tokens_total counter"];
  const afterReset = i >= 6;
  for (const engine of ["0", "1"]) {
    const l = { engine, model_name: "m1" };
    const resetting = engine === "1";
    out.push(line("vllm:generation_tokens_total", l, resetting ? (afterReset ? 40 * (i - 6) + 7 : 1000 + 40 * i) : 100 + 50 * i));
    out.push(line("vllm:prefix_cache_queries_total", l, resetting ? 0 : 10 * Math.min(i, 5)));
    out.push(line("vllm:prefix_cache_hits_total", l, resetting ? 0 : 5 * Math.min(i, 4)));
    out.push(line("vllm:kv_cache_usage_perc", l, resetting && i === 3 ? NaN : ((i * 7 + Number(engine) * 3) % 10) / 10));
    out.push(line("vllm:request_success_total", { ...l, finished_reason: "stop" }, 3 * i));
    out.push(line("vllm:request_success_total", { ...l, finished_reason: "length" }, i));
    const n = resetting && afterReset ? i - 6 : i + (resetting ? 20 : 0);
    out.push(...histogram("vllm:time_to_first_token_seconds", LE, l, n, resetting ? [0, 2, 1, 1, 0] : [1, 3, 2, 0, 1]));
  }
  return out.join("\n");
}

function legacyBody(i: number): string {
  const model = i < 4 ? "m1" : "m2";
  const l = { model_name: model };
  return [
    line("vllm:generation_tokens_total", l, 20 * i),
    line("vllm:gpu_prefix_cache_queries_total", l, 8 * i),
    line("vllm:gpu_prefix_cache_hits_total", l, 2 * i),
    line("vllm:gpu_cache_usage_perc", l, 0.25 + i / 100),
    line("vllm:request_success_total", { ...l, finished_reason: "stop" }, 2 * i),
    ...histogram("vllm:legacy_ttft_seconds", LEGACY_LE, l, i, [2, 0, 1, 0, 0]),
    "# EOF",
  ].join("\n");
}

function dcgmBody(i: number): string {
  return ["0", "1"].flatMap((gpu) => {
    const l = { gpu, UUID: `GPU-${gpu}`, modelName: "NVIDIA H100 80GB HBM3", Hostname: "node" };
    return [line("DCGM_FI_DEV_GPU_UTIL", l, (i * 13 + Number(gpu) * 40) % 100), line("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", l, 1e9 + 350_000 * 15 * i)];
  }).join("\n");
}

const slots = (body: (i: number) => string, failed: number[] = []) => Array.from({ length: SLOTS }, (_, i) => (failed.includes(i) ? null : body(i)));

export const TARGETS: readonly ScenarioTarget[] = [
  { address: "127.0.0.1:8000", bodies: slots(engineBody, [9]) },
  { address: "127.0.0.1:8001", bodies: slots(legacyBody) },
  { address: "127.0.0.1:9400", instance: "127.0.0.1:8000", bodies: slots(dcgmBody, [2]) },
];

const GEN: MetricRef = { names: ["vllm:generation_tokens_total"] };
const KV: MetricRef = { names: ["vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"] };
const TTFT: MetricRef = { names: ["vllm:time_to_first_token_seconds", "vllm:legacy_ttft_seconds"] };
const HITS: MetricRef = { names: ["vllm:prefix_cache_hits_total", "vllm:gpu_prefix_cache_hits_total"] };
const QUERIES: MetricRef = { names: ["vllm:prefix_cache_queries_total", "vllm:gpu_prefix_cache_queries_total"] };
const ENERGY: MetricRef = { names: ["DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION"] };
const rate = (metric: MetricRef): Expr => ({ kind: "rate", metric });

export const EXPRESSIONS: Readonly<Record<string, Expr>> = {
  "token rate": rate(GEN),
  "kv avg": { kind: "gauge", metric: KV, agg: "avg" },
  "kv max": { kind: "gauge", metric: KV, agg: "max" },
  "kv min": { kind: "gauge", metric: KV, agg: "min" },
  "kv sum": { kind: "gauge", metric: KV, agg: "sum" },
  "ttft p50": { kind: "quantile", q: 0.5, histogram: TTFT },
  "ttft p99": { kind: "quantile", q: 0.99, histogram: TTFT },
  "ttft mean": { kind: "histogram_mean", histogram: TTFT },
  "ttft share ≤ 1": { kind: "histogram_share_le", histogram: TTFT, le: 1 },
  "ttft share ≤ 0.5": { kind: "histogram_share_le", histogram: TTFT, le: 0.5 },
  "prefix hit rate": { kind: "binary", op: "/", left: rate(HITS), right: rate(QUERIES) },
  "tokens per minute": { kind: "binary", op: "*", left: rate(GEN), right: { kind: "scalar", value: 60 } },
  "seconds per token": { kind: "binary", op: "/", left: { kind: "scalar", value: 1 }, right: rate(GEN) },
  "stop rate": rate({ names: ["vllm:request_success_total"], match: { finished_reason: "stop" } }),
  "gpu util": { kind: "gauge", metric: { names: ["DCGM_FI_DEV_GPU_UTIL"] }, agg: "avg" },
  "joules per token": { kind: "binary", op: "/", left: { kind: "binary", op: "*", left: rate(ENERGY), right: { kind: "scalar", value: 0.001 } }, right: rate(GEN) },
  "constant": { kind: "binary", op: "*", left: { kind: "param", name: "gpu_hourly_usd" }, right: { kind: "scalar", value: 2 } },
};

/**
 * The signal catalog's data model. A signal is described once per backend flavor as an expression
 * over metric families; every consumer (PromQL, recording/alert rules, direct mode, dashboards)
 * interprets the same expression, so they cannot disagree.
 */

/** Engine /metrics dialects (the fake backend's --flavor values), plus the GPU exporter. */
export const ENGINE_FLAVORS = ["vllm", "vllm-legacy", "triton-vllm", "triton-trtllm", "tgi", "sglang"] as const;
export type EngineFlavor = (typeof ENGINE_FLAVORS)[number];
export type Source = EngineFlavor | "dcgm";

export const SIGNAL_IDS = [
  "request_rate", "error_rate", "prompt_tokens_rate", "generation_tokens_rate",
  "running", "waiting", "kv_cache_usage", "preemption_rate", "prefix_cache_hit_rate",
  "ttft", "itl", "tpot", "e2e", "queue_time",
  "batch_size", "tokens_per_step",
  "gpu_util", "vram_used", "vram_total", "power", "temperature",
  "energy_per_token", "cost_per_1k_tokens",
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Unit = "req/s" | "tok/s" | "ratio" | "seconds" | "count" | "1/s" | "bytes" | "watts" | "celsius" | "J/token" | "USD/1k tokens" | "tokens";

/** Which way is better; trend arrows and comparison verdicts read this. */
export type Better = "higher" | "lower" | "neutral";

/** A latency signal is a histogram: it has quantiles, a mean and SLO attainment; the others one value. */
export type SignalShape = "value" | "latency";

export interface SignalDef {
  readonly id: SignalId;
  readonly title: string;
  readonly unit: Unit;
  readonly better: Better;
  readonly shape: SignalShape;
  /** One line for tooltips and docs. */
  readonly description: string;
}

/**
 * One metric family, by every name it has had (renames across versions: the first is the current one;
 * queries take whichever exists, PromQL `or`). `match` adds equality label matchers, e.g.
 * `{ request_type: "active" }` on TRT-LLM's request gauge.
 */
export interface MetricRef {
  readonly names: readonly [string, ...string[]];
  readonly match?: Readonly<Record<string, string>>;
}

/** Aggregation over the series that remain after the scope's matchers, per group. */
export type GaugeAgg = "sum" | "avg" | "max" | "min";

/** Values the user configures (Settings), bound at evaluation time. */
export type ParamName = "gpu_hourly_usd" | "gpu_count";

/**
 * The expression language. Every node yields one value per group (the scope's `by`).
 * - rate: per-second increase of a counter (counter-reset safe), summed per group.
 * - gauge: the gauge's current value, aggregated per group.
 * - quantile: Prometheus histogram_quantile over the group's summed bucket rates.
 * - histogram_mean: rate(_sum) / rate(_count) of a histogram, per group.
 * - histogram_share_le: share of observations ≤ le (rate of the le bucket / rate of _count).
 * - binary: arithmetic on two expressions with matching groups; division by 0 gives no value.
 * - scalar / param: constants, fixed or user-configured.
 */
export type Expr =
  | { readonly kind: "rate"; readonly metric: MetricRef }
  | { readonly kind: "gauge"; readonly metric: MetricRef; readonly agg: GaugeAgg }
  | { readonly kind: "quantile"; readonly q: number; readonly histogram: MetricRef }
  | { readonly kind: "histogram_mean"; readonly histogram: MetricRef }
  | { readonly kind: "histogram_share_le"; readonly histogram: MetricRef; readonly le: number }
  | { readonly kind: "binary"; readonly op: "+" | "-" | "*" | "/"; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "scalar"; readonly value: number }
  | { readonly kind: "param"; readonly name: ParamName };

/**
 * How a flavor exposes one signal.
 * - value: a single expression (counters, gauges, derived values).
 * - histogram: a latency histogram in seconds after `scale` (e.g. 0.001 for a `_ms` histogram); the
 *   catalog derives quantiles, mean and SLO attainment from it.
 * - counter_mean: only a sum and a count counter (Triton's cumulative µs): mean only, no quantiles.
 * - unsupported: the backend does not export it; `reason` is what the panel shows, never 0.
 */
export type SignalSource =
  | { readonly kind: "value"; readonly expr: Expr; readonly note?: string }
  | {
      readonly kind: "histogram"; readonly histogram: MetricRef;
      /** Upper bounds as exposed, without +Inf (in the histogram's own unit), to place SLO thresholds. */
      readonly buckets: readonly number[];
      readonly scale?: number; readonly note?: string;
    }
  | { readonly kind: "counter_mean"; readonly sum: MetricRef; readonly count: MetricRef; readonly scale?: number; readonly note?: string }
  | { readonly kind: "unsupported"; readonly reason: string };

/** One backend dialect's labels and sources. */
export interface FlavorCatalog {
  readonly source: Source;
  readonly title: string;
  /** The label naming the served model (`model_name` in vLLM, `model` in Triton); undefined: none. */
  readonly modelLabel: string | undefined;
  /** Labels summed away inside one instance (vLLM V1's data-parallel `engine`); documentation only. */
  readonly engineLabels: readonly string[];
  readonly signals: Readonly<Record<SignalId, SignalSource>>;
}

/** Statistics of a latency signal; "mean" also works for counter_mean sources. */
export type LatencyStat = "p50" | "p90" | "p95" | "p99" | "mean";
export const LATENCY_STATS: readonly LatencyStat[] = ["p50", "p90", "p95", "p99", "mean"];
export const QUANTILE_OF: Readonly<Record<Exclude<LatencyStat, "mean">, number>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

/**
 * Where and how to aggregate: `by` picks the groups (one total, per model, per instance); `model` and
 * `instance` narrow to one. A DCGM exporter's target carries the `instance` of the engine it serves
 * (prometheus.yml sets it), so GPU and engine series group alike; GPU series have no model label.
 */
export interface Scope {
  readonly by: "total" | "model" | "instance";
  readonly model?: string;
  readonly instance?: string;
}

/** What one query asks: a signal, and for latency signals which statistic or SLO threshold. */
export type SignalQuery =
  | { readonly signal: SignalId; readonly stat?: undefined; readonly sloSeconds?: undefined }
  | { readonly signal: SignalId; readonly stat: LatencyStat; readonly sloSeconds?: undefined }
  /** Share of requests at or under the threshold, from the histogram buckets. */
  | { readonly signal: SignalId; readonly stat?: undefined; readonly sloSeconds: number };

// Overview charts: which questions each one plots, and the view the chart component renders.
// Lines are already on the [start, end, step] grid; a gap is null and stays a gap.
import type { SignalId, SignalQuery, Unit } from "@throtl/signals";
import { SIGNALS } from "@throtl/signals";
import type { Outcome } from "./outcome.ts";
import { queryKey, statQ, valueQ } from "./queries.ts";

export interface ChartLineSpec {
  readonly key: string;
  readonly label: string;
  readonly query: SignalQuery;
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly lines: readonly ChartLineSpec[];
}

const line = (query: SignalQuery, label: string): ChartLineSpec => ({ key: queryKey(query), label, query });
const values = (id: string, title: string, signals: readonly SignalId[]): ChartSpec => ({
  id, title, unit: SIGNALS[signals[0]!].unit, lines: signals.map((s) => line(valueQ(s), SIGNALS[s].title)),
});
const latency = (signal: SignalId): ChartSpec => ({
  id: signal, title: SIGNALS[signal].title, unit: "seconds",
  lines: (["p50", "p95", "p99"] as const).map((s) => line(statQ(signal, s), s)),
});

export const OVERVIEW_CHARTS: readonly ChartSpec[] = [
  values("tokens", "Token throughput", ["prompt_tokens_rate", "generation_tokens_rate"]),
  values("requests", "Requests", ["request_rate"]),
  values("queue", "Running and waiting", ["running", "waiting"]),
  latency("ttft"), latency("itl"), latency("e2e"),
  values("cache", "KV cache and prefix hits", ["kv_cache_usage", "prefix_cache_hit_rate"]),
  values("gpu", "GPU utilization", ["gpu_util"]),
  values("power", "GPU power", ["power"]),
];

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly timestamps: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly status: "ok" | "no-data" | "unsupported" | "error";
  /** Lines left out and why (not exported, query failed). */
  readonly notes: readonly string[];
}

/** A chart from its lines' outcomes (total scope: one line each, or none when there is no data). */
export function buildChart(spec: ChartSpec, timestamps: readonly number[], outcomes: ReadonlyMap<string, Outcome<readonly (number | null)[] | null>>): ChartView {
  const series: ChartSeries[] = [];
  const notes: string[] = [];
  let unsupported = 0;
  let errors = 0;
  for (const l of spec.lines) {
    const o = outcomes.get(l.key);
    if (o === undefined || o.kind === "error") {
      errors++;
      notes.push(`${l.label}: ${o?.message ?? "not queried"}`);
    } else if (o.kind === "unsupported") {
      unsupported++;
      notes.push(`${l.label}: ${o.reason}`);
    } else {
      notes.push(...o.notes);
      series.push({ key: l.key, label: l.label, values: o.data ?? timestamps.map(() => null) });
    }
  }
  const hasData = series.some((s) => s.values.some((v) => v !== null));
  const status = hasData ? "ok" : unsupported === spec.lines.length ? "unsupported" : errors > 0 && series.length === 0 ? "error" : "no-data";
  return { id: spec.id, title: spec.title, unit: spec.unit, timestamps, series, status, notes: [...new Set(notes)] };
}

import type { Expr, GaugeAgg, MetricRef, ParamName, SignalSource } from "../types.ts";

/**
 * Small constructors so each flavor file reads like the catalog table it transcribes. `m` takes the
 * current name first and any older names after it (PromQL `or` picks whichever the server exposes).
 */
export const m = (name: string, ...older: string[]): MetricRef => ({ names: [name, ...older] });
export const where = (match: Readonly<Record<string, string>>, name: string, ...older: string[]): MetricRef => ({ names: [name, ...older], match });

export const rate = (metric: MetricRef): Expr => ({ kind: "rate", metric });
export const gauge = (metric: MetricRef, agg: GaugeAgg): Expr => ({ kind: "gauge", metric, agg });
export const histogramMean = (histogram: MetricRef): Expr => ({ kind: "histogram_mean", histogram });
export const scalar = (value: number): Expr => ({ kind: "scalar", value });
export const param = (name: ParamName): Expr => ({ kind: "param", name });

const bin = (op: "+" | "-" | "*" | "/") => (left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right });
export const add = bin("+");
export const sub = bin("-");
export const mul = bin("*");
export const div = bin("/");

export const value = (expr: Expr, note?: string): SignalSource => (note ? { kind: "value", expr, note } : { kind: "value", expr });

export const histogram = (h: MetricRef, buckets: readonly number[], opts: { scale?: number; note?: string } = {}): SignalSource =>
  ({ kind: "histogram", histogram: h, buckets, ...opts });

export const counterMean = (sum: MetricRef, count: MetricRef, opts: { scale?: number; note?: string } = {}): SignalSource =>
  ({ kind: "counter_mean", sum, count, ...opts });

export const unsupported = (reason: string): SignalSource => ({ kind: "unsupported", reason });

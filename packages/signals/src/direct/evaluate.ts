import { type HistogramPart, isGpuMetric, metricsOf } from "../promql.ts";
import type { Expr, MetricRef, ParamName, Scope } from "../types.ts";
import { parseGoFloat } from "./go-float.ts";
import type { Labels } from "./model.ts";
import { bucketQuantile, type Bucket } from "./quantile.ts";
import { counterIncrease, counterRate } from "./rate.ts";
import { instantVector, rangeVector, type Matcher } from "./select.ts";
import { labelsKey } from "./series.ts";
import type { SeriesSource } from "./store.ts";
import { aggregate, binary, or, pick, positive, type DirectSample, type Value, type Vector } from "./vector.ts";

export interface DirectContext {
  readonly scope: Scope;
  /** The label naming the model on engine series (FlavorCatalog.modelLabel). */
  readonly modelLabel: string | undefined;
  /** The rate window, as the `[5m]` of the PromQL this mirrors. */
  readonly windowSeconds: number;
  readonly params?: Partial<Record<ParamName, number>>;
}

/** The expression cannot be evaluated in this context (the same cases renderPromQL refuses). */
export class DirectEvalError extends Error {}

interface Env {
  readonly ctx: DirectContext;
  readonly source: SeriesSource;
  readonly at: number;
  readonly rangeMs: number;
  readonly by: readonly string[];
}

/**
 * `expr` at `atMs` over the scraped history, with the semantics of the PromQL renderPromQL writes
 * for it: one sample per scope group (labels = the group labels). Values are PromQL's, NaN included
 * (histogram_quantile with no observations); absent groups are gaps. A constant expression gives one
 * sample with no labels. `atMs` defaults to the newest scrape; an empty store gives []. Throws
 * DirectEvalError only for a context renderPromQL would also refuse.
 */
export function evaluateDirect(expr: Expr, ctx: DirectContext, source: SeriesSource, atMs = source.latestMs()): DirectSample[] {
  if (!(ctx.windowSeconds > 0) || !Number.isFinite(ctx.windowSeconds)) throw new DirectEvalError(`window must be a positive number of seconds, got ${ctx.windowSeconds}`);
  const usesGpu = metricsOf(expr).some((m) => m.names.some(isGpuMetric));
  if (usesGpu && ctx.scope.by === "model") throw new DirectEvalError("GPU metrics have no model label: use the total or instance scope");
  if (ctx.scope.by === "model" && ctx.modelLabel === undefined) throw new DirectEvalError("this backend labels no model: use the total or instance scope");
  const by = ctx.scope.by === "instance" ? ["instance"] : ctx.scope.by === "model" ? [ctx.modelLabel!] : [];
  if (atMs === undefined) return [];
  const value = evaluate(expr, { ctx, source, at: atMs, rangeMs: ctx.windowSeconds * 1000, by });
  if (value.kind === "scalar") return [{ labels: Object.create(null) as Labels, value: value.value }];
  return [...value.vector.values()];
}

/**
 * PromQL `sum by (group[, le]) (increase(<name><part>[w]))` at `atMs`, as renderIncrease writes it:
 * one sample per group (per group and `le` for buckets, the `le` label as exposed).
 */
export function evaluateIncrease(ref: MetricRef, part: HistogramPart, ctx: DirectContext, source: SeriesSource, atMs = source.latestMs()): DirectSample[] {
  if (!(ctx.windowSeconds > 0) || !Number.isFinite(ctx.windowSeconds)) throw new DirectEvalError(`window must be a positive number of seconds, got ${ctx.windowSeconds}`);
  if (ctx.scope.by === "model" && ctx.modelLabel === undefined) throw new DirectEvalError("this backend labels no model: use the total or instance scope");
  if (atMs === undefined) return [];
  const by = ctx.scope.by === "instance" ? ["instance"] : ctx.scope.by === "model" ? [ctx.modelLabel!] : [];
  const env: Env = { ctx, source, at: atMs, rangeMs: ctx.windowSeconds * 1000, by };
  const labels = part === "_bucket" ? [...by, "le"] : by;
  return [...alternatives(ref, env, (name, match) => sumOver(counterIncrease, `${name}${part}`, match, env, labels)).values()];
}

function evaluate(e: Expr, env: Env): Value {
  switch (e.kind) {
    case "rate":
      return vec(alternatives(e.metric, env, (name, match) => sumRates(name, match, env, env.by)));
    case "gauge":
      return vec(alternatives(e.metric, env, (name, match) => aggregate(instantVector(env.source, name, match, env.at), env.by, e.agg)));
    case "quantile":
      return vec(quantile(e.q, e.histogram, env));
    case "histogram_mean":
      return vec(alternatives(e.histogram, env, (name, match) =>
        divide(sumRates(`${name}_sum`, match, env, env.by), sumRates(`${name}_count`, match, env, env.by))));
    case "histogram_share_le":
      return vec(alternatives(e.histogram, env, (name, match) => {
        const atLe: Matcher = (l) => match(l) && l.le !== undefined && parseGoFloat(l.le) === e.le;
        return divide(sumRates(`${name}_bucket`, atLe, env, env.by), sumRates(`${name}_count`, match, env, env.by));
      }));
    case "binary": {
      const left = evaluate(e.left, env);
      const right = evaluate(e.right, env);
      // As rendered: a vector denominator keeps only groups > 0, so x/0 is a gap, not +Inf.
      const denominator = e.op === "/" && right.kind === "vector" ? vec(positive(right.vector)) : right;
      return binary(e.op, left, denominator);
    }
    case "scalar":
      return { kind: "scalar", value: e.value };
    case "param": {
      const v = env.ctx.params?.[e.name];
      if (v === undefined || !Number.isFinite(v)) throw new DirectEvalError(`parameter ${e.name} is not configured`);
      return { kind: "scalar", value: v };
    }
  }
}

const vec = (vector: Vector): Value => ({ kind: "vector", vector });

/** `sum by (labels) (rate(name[w]))` over the series that match. */
const sumRates = (name: string, match: Matcher, env: Env, labels: readonly string[]): Vector => sumOver(counterRate, name, match, env, labels);

/** `sum by (labels) (f(name[w]))` for f = rate or increase. */
function sumOver(f: typeof counterRate, name: string, match: Matcher, env: Env, labels: readonly string[]): Vector {
  const values: DirectSample[] = [];
  for (const s of rangeVector(env.source, name, match, env.at, env.rangeMs)) {
    const value = f(s.points, env.at, env.rangeMs);
    if (value !== undefined) values.push({ labels: s.labels, value });
  }
  return aggregate(values, labels, "sum");
}

const divide = (num: Vector, den: Vector): Vector => {
  const r = binary("/", vec(num), vec(positive(den)));
  return r.kind === "vector" ? r.vector : new Map();
};

/** histogram_quantile over `sum by (group, le) (rate(_bucket))`, alternatives joined per (group, le). */
function quantile(q: number, ref: MetricRef, env: Env): Vector {
  const buckets = alternatives(ref, env, (name, match) => sumRates(`${name}_bucket`, match, env, [...env.by, "le"]));
  const groups = new Map<string, { labels: Labels; buckets: Bucket[] }>();
  for (const s of buckets.values()) {
    const upperBound = s.labels.le === undefined ? undefined : parseGoFloat(s.labels.le);
    if (upperBound === undefined) continue; // Prometheus skips series without a parsable le
    const labels = pick(s.labels, env.by);
    const key = labelsKey(labels);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels, buckets: [] }));
    g.buckets.push({ upperBound, count: s.value });
  }
  const out: Vector = new Map();
  for (const [key, g] of groups) out.set(key, { labels: g.labels, value: bucketQuantile(q, g.buckets) });
  return out;
}

/** `f(name1) or f(name2) ...` with the scope's matchers, as renderPromQL's selector writes them. */
function alternatives(ref: MetricRef, env: Env, f: (name: string, match: Matcher) => Vector): Vector {
  let out: Vector | undefined;
  for (const name of ref.names) {
    const v = f(name, matcherFor(ref, env.ctx, isGpuMetric(name)));
    out = out === undefined ? v : or(out, v);
  }
  return out ?? new Map();
}

function matcherFor(ref: MetricRef, ctx: DirectContext, gpu: boolean): Matcher {
  const eq: [string, string][] = Object.entries(ref.match ?? {});
  if (ctx.scope.instance !== undefined) eq.push(["instance", ctx.scope.instance]);
  if (ctx.scope.model !== undefined && !gpu && ctx.modelLabel !== undefined) eq.push([ctx.modelLabel, ctx.scope.model]);
  // PromQL `l="v"`: an absent label reads as "".
  return (labels) => eq.every(([k, v]) => (labels[k] ?? "") === v);
}

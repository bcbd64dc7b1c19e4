import type { Expr, MetricRef, ParamName, Scope } from "./types.ts";

export interface RenderContext {
  readonly scope: Scope;
  /** The label naming the model on engine series (FlavorCatalog.modelLabel). */
  readonly modelLabel: string | undefined;
  /** Range-vector window for rates, a PromQL duration such as "1m" or "5m". */
  readonly window: string;
  /** Values for `param` nodes; an expression that needs a missing one does not render. */
  readonly params?: Partial<Record<ParamName, number>>;
  /** Group labels replacing the scope's `by` (recording rules group by instance and model at once). */
  readonly groupBy?: readonly string[];
  /** Keep only engine series that carry the model label, so a dialect sharing metric names stays out. */
  readonly requireModelLabel?: boolean;
}

export class RenderError extends Error {}

/**
 * GPU series (dcgm-exporter, and Triton's per-GPU nv_gpu_* and nv_energy_consumption on `gpu_uuid`)
 * carry no model label: they take the instance scope only.
 */
export const isGpuMetric = (name: string) => name.startsWith("DCGM_") || name.startsWith("nv_gpu_") || name === "nv_energy_consumption";

/**
 * PromQL for `expr` in `ctx`, the same for instant and range queries. Aggregation is explicit:
 * every node sums (or avg/max/min for gauges) by the scope's labels, so data-parallel `engine`
 * series are summed away and both sides of a binary node match on the same labels.
 */
export function renderPromQL(expr: Expr, ctx: RenderContext): string {
  if (!/^\d+(ms|s|m|h|d)$/.test(ctx.window)) throw new RenderError(`window must be a PromQL duration like 5m, got ${JSON.stringify(ctx.window)}`);
  const usesGpu = metricsOf(expr).some((m) => m.names.some(isGpuMetric));
  if (usesGpu && ctx.scope.by === "model") throw new RenderError("GPU metrics have no model label: use the total or instance scope");
  if (ctx.scope.by === "model" && ctx.modelLabel === undefined) throw new RenderError("this backend labels no model: use the total or instance scope");
  if (usesGpu && ctx.modelLabel !== undefined && ctx.groupBy?.includes(ctx.modelLabel)) throw new RenderError("GPU metrics have no model label: do not group by it");
  return render(expr, ctx);
}

/** The part of a histogram an increase reads: cumulative buckets (grouped by `le` too), count or sum. */
export type HistogramPart = "_bucket" | "_count" | "_sum";

/**
 * `sum by (group[, le]) (increase(<name><part>{scope}[w]))`: a histogram's raw increase over the
 * window, as a snapshot stores it (histogram-window.ts). Same selectors and `or` as renderPromQL.
 */
export function renderIncrease(ref: MetricRef, part: HistogramPart, ctx: RenderContext): string {
  if (!/^\d+(ms|s|m|h|d)$/.test(ctx.window)) throw new RenderError(`window must be a PromQL duration like 5m, got ${JSON.stringify(ctx.window)}`);
  if (ctx.scope.by === "model" && ctx.modelLabel === undefined) throw new RenderError("this backend labels no model: use the total or instance scope");
  const extra = part === "_bucket" ? ["le"] : [];
  return alternatives(ref, ctx, (sel) => `sum${by(ctx, ...extra)} (increase(${sel(part)}[${ctx.window}]))`);
}

type Sel = (suffix: string, extra?: Record<string, { readonly regex: string }>) => string;

function render(e: Expr, ctx: RenderContext): string {
  switch (e.kind) {
    case "rate":
      return alternatives(e.metric, ctx, (sel) => `sum${by(ctx)} (rate(${sel("")}[${ctx.window}]))`);
    case "gauge":
      return alternatives(e.metric, ctx, (sel) => `${e.agg}${by(ctx)} (${sel("")})`);
    case "quantile":
      return `histogram_quantile(${e.q}, ${alternatives(e.histogram, ctx, (sel) => `sum${by(ctx, "le")} (rate(${sel("_bucket")}[${ctx.window}]))`)})`;
    case "histogram_mean":
      return alternatives(e.histogram, ctx, (sel) =>
        `(sum${by(ctx)} (rate(${sel("_sum")}[${ctx.window}])) / (sum${by(ctx)} (rate(${sel("_count")}[${ctx.window}])) > 0))`);
    case "histogram_share_le":
      return alternatives(e.histogram, ctx, (sel) =>
        `(sum${by(ctx)} (rate(${sel("_bucket", { le: leRegex(e.le) })}[${ctx.window}])) / (sum${by(ctx)} (rate(${sel("_count")}[${ctx.window}])) > 0))`);
    case "binary": {
      const [l, r] = [render(e.left, ctx), render(e.right, ctx)];
      // A zero denominator gives no value (a gap), not +Inf or NaN.
      const right = e.op === "/" && e.right.kind !== "scalar" && e.right.kind !== "param" ? `(${r} > 0)` : `(${r})`;
      return `(${l}) ${e.op} ${right}`;
    }
    case "scalar":
      return formatNumber(e.value);
    case "param": {
      const v = ctx.params?.[e.name];
      if (v === undefined || !Number.isFinite(v)) throw new RenderError(`parameter ${e.name} is not configured`);
      return formatNumber(v);
    }
  }
}

/** `f(name1) or f(name2) ...`: whichever name the server exposes (renames across versions). */
function alternatives(ref: MetricRef, ctx: RenderContext, f: (sel: Sel) => string): string {
  const parts = ref.names.map((name) => f((suffix, extra) => selector(name + suffix, ref, ctx, extra, isGpuMetric(name))));
  return parts.length === 1 ? parts[0]! : `(${parts.join(" or ")})`;
}

function selector(name: string, ref: MetricRef, ctx: RenderContext, extra: Parameters<Sel>[1], gpu: boolean): string {
  const m: string[] = Object.entries(ref.match ?? {}).map(([k, v]) => `${k}="${escape(v)}"`);
  if (ctx.scope.instance !== undefined) m.push(`instance="${escape(ctx.scope.instance)}"`);
  if (ctx.scope.model !== undefined && !gpu && ctx.modelLabel !== undefined) m.push(`${ctx.modelLabel}="${escape(ctx.scope.model)}"`);
  else if (ctx.requireModelLabel && !gpu && ctx.modelLabel !== undefined) m.push(`${ctx.modelLabel}!=""`);
  for (const [k, v] of Object.entries(extra ?? {})) m.push(`${k}=~"${v.regex}"`);
  return m.length === 0 ? name : `${name}{${m.join(",")}}`;
}

function by(ctx: RenderContext, ...extra: string[]): string {
  const labels = [...groupLabels(ctx), ...extra];
  return labels.length === 0 ? "" : ` by (${labels.join(", ")})`;
}

function groupLabels(ctx: RenderContext): readonly string[] {
  if (ctx.groupBy !== undefined) return ctx.groupBy;
  if (ctx.scope.by === "instance") return ["instance"];
  if (ctx.scope.by === "model") return [ctx.modelLabel!];
  return [];
}

/**
 * The `le` label as every client library writes this bound: Python "1.0", Go "1" and "1e+06",
 * JS "0.1": a regex that matches each spelling of the same number.
 */
export function leRegex(le: number): { regex: string } {
  const forms = new Set<string>([String(le)]);
  if (Number.isInteger(le)) forms.add(`${le}.0`);
  const exp = le.toExponential().replace(/e([+-])(\d)$/, "e$10$2"); // Go pads the exponent to 2 digits
  forms.add(exp);
  return { regex: [...forms].map((f) => f.replace(/[.+]/g, (c) => `\\\\${c}`)).join("|") };
}

function formatNumber(v: number): string {
  if (!Number.isFinite(v)) throw new RenderError(`not a finite number: ${v}`);
  return String(v);
}

const escape = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

export function metricsOf(e: Expr): MetricRef[] {
  switch (e.kind) {
    case "rate": case "gauge": return [e.metric];
    case "quantile": case "histogram_mean": case "histogram_share_le": return [e.histogram];
    case "binary": return [...metricsOf(e.left), ...metricsOf(e.right)];
    default: return [];
  }
}

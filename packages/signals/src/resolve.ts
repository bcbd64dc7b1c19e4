import type { Expr, FlavorCatalog, MetricRef, SignalQuery } from "./types.ts";
import { QUANTILE_OF } from "./types.ts";
import { SIGNALS } from "./signals.ts";

export type Resolved =
  | { readonly ok: true; readonly expr: Expr; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const scaled = (expr: Expr, scale: number | undefined): Expr =>
  scale === undefined || scale === 1 ? expr : { kind: "binary", op: "*", left: expr, right: { kind: "scalar", value: scale } };

/**
 * The expression that answers `query` on `flavor`, or why it cannot be answered there. The single
 * place where signal + statistic become an expression: PromQL and direct mode both start here.
 */
export function resolveSignal(flavor: FlavorCatalog, query: SignalQuery): Resolved {
  const def = SIGNALS[query.signal];
  const source = flavor.signals[query.signal];
  const notes = "note" in source && source.note ? [source.note] : [];
  if (source.kind === "unsupported") return { ok: false, reason: `not exported by ${flavor.title}: ${source.reason}` };
  if (def.shape === "value") {
    if (query.stat !== undefined || query.sloSeconds !== undefined) return { ok: false, reason: `${def.id} is a single value: no statistic or SLO threshold` };
    if (source.kind !== "value") throw new Error(`catalog ${flavor.title}: ${def.id} must be a value source, is ${source.kind}`);
    return { ok: true, expr: source.expr, notes };
  }
  if (source.kind === "value") throw new Error(`catalog ${flavor.title}: latency ${def.id} must be a histogram or counter_mean source`);
  if (query.sloSeconds !== undefined) return sloShare(flavor, source, query.sloSeconds, notes);
  const stat = query.stat ?? "p95";
  if (source.kind === "counter_mean") {
    if (stat !== "mean") return { ok: false, reason: `${flavor.title} exports ${def.id} only as a cumulative sum and count: the mean, no percentiles` };
    const mean: Expr = { kind: "binary", op: "/", left: { kind: "rate", metric: source.sum }, right: { kind: "rate", metric: source.count } };
    return { ok: true, expr: scaled(mean, source.scale), notes };
  }
  const expr: Expr = stat === "mean"
    ? { kind: "histogram_mean", histogram: source.histogram }
    : { kind: "quantile", q: QUANTILE_OF[stat], histogram: source.histogram };
  return { ok: true, expr: scaled(expr, source.scale), notes };
}

function sloShare(
  flavor: FlavorCatalog,
  source: { readonly histogram: MetricRef; readonly buckets: readonly number[]; readonly scale?: number } | { readonly kind: "counter_mean" },
  seconds: number,
  notes: string[],
): Resolved {
  if (!("histogram" in source)) return { ok: false, reason: `${flavor.title} has no latency histogram here: SLO attainment needs buckets` };
  if (!(seconds > 0) || !Number.isFinite(seconds)) return { ok: false, reason: `SLO threshold must be a positive number of seconds, got ${seconds}` };
  const threshold = seconds / (source.scale ?? 1);
  const bound = boundAtOrBelow(source.buckets, threshold);
  if (bound === undefined) return { ok: false, reason: `SLO threshold ${seconds} s is below the smallest bucket (${source.buckets[0]! * (source.scale ?? 1)} s)` };
  if (bound !== threshold) {
    notes.push(`${seconds} s is not a bucket boundary: counted requests ≤ ${+(bound * (source.scale ?? 1)).toPrecision(6)} s, a lower bound of the true share`);
  }
  return { ok: true, expr: { kind: "histogram_share_le", histogram: source.histogram, le: bound }, notes };
}

/** The largest bucket bound ≤ x (relative tolerance for float noise), or undefined. */
export function boundAtOrBelow(buckets: readonly number[], x: number): number | undefined {
  let best: number | undefined;
  for (const b of buckets) if (b <= x * (1 + 1e-9) && (best === undefined || b > best)) best = b;
  return best;
}

// A histogram's raw increase over one window (what a snapshot stores so quantiles, shares and
// intervals can be recomputed later): per latency signal with buckets, and per token length.
import { CATALOG } from "./catalog/index.ts";
import { TOKEN_LENGTHS } from "./catalog/token-lengths.ts";
import { parseGoFloat } from "./direct/go-float.ts";
import { type HistogramPart, renderIncrease, RenderError, type RenderContext } from "./promql.ts";
import { SIGNALS } from "./signals.ts";
import { type EngineFlavor, type MetricRef, SIGNAL_IDS, type SignalId } from "./types.ts";

export const LATENCY_SIGNAL_IDS = SIGNAL_IDS.filter((id) => SIGNALS[id].shape === "latency");
export const TOKEN_HISTOGRAM_IDS = ["prompt_tokens", "output_tokens"] as const;
/** A latency signal, or a token-length distribution (prompt / output tokens per finished request). */
export type HistogramId = SignalId | (typeof TOKEN_HISTOGRAM_IDS)[number];
export const HISTOGRAM_IDS: readonly HistogramId[] = [...LATENCY_SIGNAL_IDS, ...TOKEN_HISTOGRAM_IDS];
export const HISTOGRAM_PARTS: readonly HistogramPart[] = ["_bucket", "_count", "_sum"];

export type WindowSource =
  | { readonly ok: true; readonly histogram: MetricRef; readonly unit: "seconds" | "tokens"; readonly scale: number; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Which histogram holds `id` on `flavor`, in which unit after `scale`, or why there is none. */
export function histogramWindowSource(flavor: EngineFlavor, id: HistogramId): WindowSource {
  const catalog = CATALOG[flavor];
  if (id === "prompt_tokens" || id === "output_tokens") {
    const source = TOKEN_LENGTHS[flavor][id === "prompt_tokens" ? "prompt" : "output"];
    if (source.kind === "unsupported") return { ok: false, reason: `not exported by ${catalog.title}: ${source.reason}` };
    return { ok: true, histogram: source.histogram, unit: "tokens", scale: 1, notes: source.note ? [source.note] : [] };
  }
  if (SIGNALS[id].shape !== "latency") return { ok: false, reason: `${id} is a single value, not a histogram` };
  const source = catalog.signals[id];
  if (source.kind === "unsupported") return { ok: false, reason: `not exported by ${catalog.title}: ${source.reason}` };
  if (source.kind !== "histogram") return { ok: false, reason: `${catalog.title} exports ${id} only as a cumulative sum and count: no buckets` };
  return { ok: true, histogram: source.histogram, unit: "seconds", scale: source.scale ?? 1, notes: source.note ? [source.note] : [] };
}

export type WindowQueries =
  | { readonly ok: true; readonly promql: Readonly<Record<HistogramPart, string>>; readonly scale: number; readonly unit: "seconds" | "tokens"; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** The three PromQL queries (buckets by `le`, count, sum) of a histogram's increase over `ctx.window`. */
export function histogramWindowQueries(flavor: EngineFlavor, id: HistogramId, ctx: Omit<RenderContext, "modelLabel">): WindowQueries {
  const source = histogramWindowSource(flavor, id);
  if (!source.ok) return source;
  const full = { ...ctx, modelLabel: CATALOG[flavor].modelLabel };
  try {
    const promql = { _bucket: renderIncrease(source.histogram, "_bucket", full), _count: renderIncrease(source.histogram, "_count", full), _sum: renderIncrease(source.histogram, "_sum", full) };
    return { ok: true, promql, scale: source.scale, unit: source.unit, notes: source.notes };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** A window's increases in the histogram's unit after scale: cumulative counts per finite `le`, total and sum. */
export interface HistogramWindowValue {
  readonly buckets: readonly { readonly le: number; readonly count: number }[];
  readonly count: number;
  readonly sum: number | null;
}

/**
 * One group's answers to the three queries → a window. Bucket `le` labels as exposed ("0.5", "5e-01")
 * are parsed and equal bounds merged; +Inf is dropped (it is `count`). Null when the window saw no
 * series (no count): a gap, not an empty histogram.
 */
export function toHistogramWindow(
  answers: { readonly buckets: readonly { readonly le: string; readonly value: number }[]; readonly count: number | undefined; readonly sum: number | undefined },
  scale: number,
): HistogramWindowValue | null {
  if (answers.count === undefined || Number.isNaN(answers.count)) return null;
  const byLe = new Map<number, number>();
  for (const b of answers.buckets) {
    const le = parseGoFloat(b.le);
    if (le === undefined || Number.isNaN(le) || le === Infinity || Number.isNaN(b.value)) continue;
    byLe.set(le, (byLe.get(le) ?? 0) + b.value);
  }
  const buckets = [...byLe].sort(([a], [b]) => a - b).map(([le, count]) => ({ le: le * scale, count }));
  const sum = answers.sum === undefined || Number.isNaN(answers.sum) ? null : answers.sum * scale;
  return { buckets, count: answers.count, sum };
}

// Chart series for one snapshot or a base/candidate pair: per-bucket shares of a latency histogram
// and the latency quantiles. Shares (not counts) so windows of different length overlay fairly.
import { shareAtOrBelow, toBuckets, type HistogramWindow, type SignalValue } from "@throtl/compare";
import { LATENCY_STATS, SIGNAL_IDS, SIGNALS, type SignalId } from "@throtl/signals";
import { formatText } from "../format.ts";

export interface OverlayRow {
  readonly label: string;
  /** Share of observations in the bucket (0–1), or the quantile in seconds; null: no data. */
  readonly base: number | null;
  readonly candidate: number | null;
}

export interface OverlayChart {
  readonly id: string;
  readonly signal: SignalId;
  readonly title: string;
  readonly kind: "histogram" | "quantiles";
  readonly rows: readonly OverlayRow[];
  /** Legend lines, e.g. "base (2,400 obs.)". */
  readonly notes: readonly string[];
}

type Side = HistogramWindow | undefined;

/** Share of one side's observations in (lo, hi], interpolated like histogram_quantile when bounds differ. */
function shareIn(h: Side, lo: number, hi: number): number | null {
  if (!h || !(h.count > 0)) return null;
  const b = toBuckets(h);
  const at = (x: number) => (x === Number.POSITIVE_INFINITY ? 1 : x <= 0 ? 0 : shareAtOrBelow(x, b));
  return Math.max(0, at(hi) - at(lo));
}

const countText = (h: Side) => (h ? `${Math.round(h.count).toLocaleString("en-US")} observations` : "no histogram");

/** Bars per bucket over the union of both sides' bounds; empty buckets at either end are dropped. */
export function histogramOverlay(signal: SignalId, base: Side, candidate: Side = undefined, pair = candidate !== undefined): OverlayChart {
  const bounds = [...new Set([...(base?.buckets ?? []), ...(candidate?.buckets ?? [])].map((x) => x.le))].sort((a, b) => a - b);
  const edges = [...bounds, Number.POSITIVE_INFINITY];
  let rows: OverlayRow[] = edges.map((hi, i) => ({
    label: Number.isFinite(hi) ? `≤ ${formatText(hi, "seconds")}` : `> ${formatText(bounds[bounds.length - 1] ?? 0, "seconds")}`,
    base: shareIn(base, i === 0 ? 0 : (edges[i - 1] ?? 0), hi),
    candidate: pair ? shareIn(candidate, i === 0 ? 0 : (edges[i - 1] ?? 0), hi) : null,
  }));
  const empty = (r: OverlayRow) => !(r.base ?? 0) && !(r.candidate ?? 0);
  const from = rows.findIndex((r) => !empty(r));
  const to = rows.findLastIndex((r) => !empty(r));
  rows = from < 0 ? [] : rows.slice(from, to + 1);
  const notes = pair ? [`base: ${countText(base)}`, `candidate: ${countText(candidate)}`] : [countText(base)];
  return { id: `${signal}-histogram`, signal, title: `${SIGNALS[signal].title} distribution`, kind: "histogram", rows, notes };
}

const statValue = (values: readonly SignalValue[], signal: SignalId, stat: string) => values.find((v) => v.signal === signal && v.stat === stat)?.value ?? null;

/** p50…p99 and mean of one latency signal, side by side. */
export function quantileOverlay(signal: SignalId, base: readonly SignalValue[], candidate: readonly SignalValue[] | null): OverlayChart {
  const rows = LATENCY_STATS.map((stat) => ({ label: stat, base: statValue(base, signal, stat), candidate: candidate ? statValue(candidate, signal, stat) : null }));
  return { id: `${signal}-quantiles`, signal, title: `${SIGNALS[signal].title} quantiles`, kind: "quantiles", rows, notes: [] };
}

/** Every latency signal that has a histogram on either side, in catalog order. */
export function latencySignals(...sides: readonly (readonly HistogramWindow[])[]): SignalId[] {
  const present = new Set(sides.flatMap((s) => s.map((h) => h.signal)));
  return SIGNAL_IDS.filter((id) => present.has(id));
}

/** A histogram and a quantile chart per latency signal, for a pair (candidate given) or one snapshot. */
export function overlayCharts(base: { histograms: readonly HistogramWindow[]; signals: readonly SignalValue[] }, candidate: { histograms: readonly HistogramWindow[]; signals: readonly SignalValue[] } | null): OverlayChart[] {
  return latencySignals(base.histograms, candidate?.histograms ?? []).flatMap((signal) => {
    const find = (hs: readonly HistogramWindow[]) => hs.find((h) => h.signal === signal);
    return [
      quantileOverlay(signal, base.signals, candidate?.signals ?? null),
      histogramOverlay(signal, find(base.histograms), candidate ? find(candidate.histograms) : undefined, candidate !== null),
    ];
  });
}

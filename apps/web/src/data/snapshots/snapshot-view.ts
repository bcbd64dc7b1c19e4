// One snapshot, laid out for the detail page: scope, window, backend, settings, workload, every
// signal value in its unit, latency quantiles, SLO attainment and the histogram charts.
import type { Snapshot, SnapshotSummary, TokenSummary } from "@throtl/compare";
import { LATENCY_STATS, SIGNAL_IDS, SIGNALS, type LatencyStat, type SignalId } from "@throtl/signals";
import { formatText } from "../format.ts";
import { configRows, type ConfigRow } from "./config-lines.ts";
import { overlayCharts, type OverlayChart } from "./overlay-series.ts";
import { instantText, windowText } from "./text.ts";

export interface LabeledText {
  readonly label: string;
  readonly text: string;
}

export interface ValueRow {
  readonly signal: SignalId;
  readonly title: string;
  readonly text: string;
  /** Why the backend does not export it; null when it does. */
  readonly unsupported: string | null;
  readonly description: string;
}

export interface LatencyRow {
  readonly signal: SignalId;
  readonly title: string;
  readonly stats: Readonly<Record<LatencyStat, string>>;
}

export interface SnapshotHeader {
  readonly id: string;
  readonly name: string;
  readonly tags: readonly string[];
  readonly model: string;
  readonly instances: string;
  readonly window: string;
  readonly backend: string;
  readonly created: string;
}

export interface SnapshotView extends SnapshotHeader {
  readonly notes: string;
  readonly config: readonly ConfigRow[];
  readonly workload: readonly LabeledText[];
  readonly values: readonly ValueRow[];
  readonly latency: readonly LatencyRow[];
  readonly slos: readonly LabeledText[];
  readonly charts: readonly OverlayChart[];
  readonly loadRun: string | null;
}

export function snapshotHeader(s: SnapshotSummary): SnapshotHeader {
  return {
    id: s.id, name: s.name, tags: s.tags,
    model: s.scope.model ?? "all models",
    instances: s.scope.instances.length > 0 ? s.scope.instances.join(", ") : "all instances",
    window: windowText(s.window),
    backend: `${s.backend.flavor}${s.backend.version ? ` ${s.backend.version}` : ""}`,
    created: instantText(s.createdAt),
  };
}

const tokens = (t: TokenSummary | null): string => {
  if (!t) return "—";
  const parts = [["mean", t.mean], ["p50", t.p50], ["p90", t.p90], ["p99", t.p99], ["max", t.max]] as const;
  return parts.filter(([, v]) => v !== null).map(([k, v]) => `${k} ${formatText(v, "tokens")}`).join(" · ");
};

export function snapshotView(s: Snapshot): SnapshotView {
  const value = (signal: SignalId, stat: string) => s.signals.find((v) => v.signal === signal && v.stat === stat);
  const values = SIGNAL_IDS.filter((id) => SIGNALS[id].shape === "value" && value(id, "value")).map((id) => {
    const v = value(id, "value");
    return { signal: id, title: SIGNALS[id].title, text: formatText(v?.value, SIGNALS[id].unit), unsupported: v?.unsupported ?? null, description: SIGNALS[id].description };
  });
  const latency = SIGNAL_IDS.filter((id) => SIGNALS[id].shape === "latency" && LATENCY_STATS.some((st) => value(id, st))).map((id) => ({
    signal: id, title: SIGNALS[id].title,
    stats: Object.fromEntries(LATENCY_STATS.map((st) => [st, value(id, st)?.unsupported ? "n/a" : formatText(value(id, st)?.value, "seconds")])) as Record<LatencyStat, string>,
  }));
  return {
    ...snapshotHeader(s),
    notes: s.notes,
    config: configRows(s.engineConfig),
    workload: [
      { label: "Request rate", text: formatText(s.workload.requestRate, "req/s") },
      { label: "Prompt tokens", text: tokens(s.workload.promptTokens) },
      { label: "Output tokens", text: tokens(s.workload.outputTokens) },
    ],
    values,
    latency,
    slos: s.slos.map((o) => ({ label: `${SIGNALS[o.signal].title} ≤ ${formatText(o.thresholdSeconds, "seconds")}`, text: formatText(o.attainment, "ratio") })),
    charts: overlayCharts(s, null).filter((c) => c.kind === "histogram"),
    loadRun: s.workload.loadRun === null ? null : JSON.stringify(s.workload.loadRun, null, 2),
  };
}

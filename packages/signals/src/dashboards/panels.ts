// Panel builders over catalog signals: the few shapes the dashboards repeat.
import { SIGNALS } from "../signals.ts";
import type { EngineFlavor, LatencyStat, SignalId } from "../types.ts";
import { bucketRates } from "./heatmap.ts";
import { GRAFANA_UNIT, type PanelSpec } from "./model.ts";
import { acrossFlavors, describe, signalTarget, type TargetSpec } from "./targets.ts";

const REF_IDS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const refId = (i: number) => REF_IDS[i]!;

/** Percentiles (and the mean) of a latency signal over time, per instance; stats no flavor answers are left out. */
export function latencyPanel(signal: SignalId, flavors: readonly EngineFlavor[], stats: readonly LatencyStat[], width = 12): PanelSpec {
  const targets = stats.flatMap((stat) => {
    try {
      return [signalTarget("", flavors, { signal, stat }, { legend: `${stat} {{instance}}` })];
    } catch {
      return []; // no flavor has this statistic (a mean-only Triton counter asked for p99)
    }
  }).map((t, i) => ({ ...t, refId: refId(i) }));
  const def = SIGNALS[signal];
  return {
    type: "timeseries", title: `${def.title}: ${stats.join(", ")}`, unit: GRAFANA_UNIT[def.unit], width, targets,
    description: describe(`${def.description} Percentiles from the summed bucket rates per instance (exact for merged histograms), over $__rate_interval.`, targets),
  };
}

/** Several value signals on one chart, one line per signal and instance. */
export function valuePanel(title: string, signals: readonly SignalId[], flavors: readonly EngineFlavor[], o: { width?: number; max?: number; what?: string } = {}): PanelSpec {
  const targets: TargetSpec[] = signals.map((s, i) => signalTarget(refId(i), flavors, { signal: s }, { legend: signals.length > 1 ? `${SIGNALS[s].title} {{instance}}` : "{{instance}}" }));
  const units = new Set(signals.map((s) => SIGNALS[s].unit));
  if (units.size !== 1) throw new Error(`${title}: signals with different units need a right axis`);
  const what = o.what ?? signals.map((s) => SIGNALS[s].description).join(" ");
  return {
    type: "timeseries", title, unit: GRAFANA_UNIT[SIGNALS[signals[0]!].unit], targets, width: o.width ?? 12,
    ...(SIGNALS[signals[0]!].unit === "ratio" ? { min: 0, max: o.max ?? 1 } : {}),
    description: describe(what, targets),
  };
}

/** The bucket-rate heatmap of a latency histogram, in seconds. */
export function heatmapPanel(signal: SignalId, flavors: readonly EngineFlavor[], width = 12): PanelSpec {
  const target = acrossFlavors("A", flavors, (c) => bucketRates(c, signal), { legend: "{{le}}", format: "heatmap" });
  const def = SIGNALS[signal];
  return {
    type: "heatmap", title: `${def.title} distribution`, unit: "s", width, targets: [target],
    description: describe(`${def.description} Requests per second in each histogram bucket (upper bound on the axis), all selected instances together. ` +
      "Where one Prometheus scrapes several dialects, pick one instance: the first dialect's buckets win.", [target]),
  };
}

// Latency heatmaps read the histogram's bucket rates by `le`: exactly the inner vector of the
// catalog's quantile, so we render the p50 over all instances and keep its argument. Histograms in
// another unit (Triton's `_ms`) would put milliseconds on a seconds axis: those flavors are left out.
import type { FlavorCatalog, SignalId } from "../types.ts";
import { grafanaPromQL, type GrafanaQuery } from "./grafana-query.ts";

const PREFIX = "histogram_quantile(0.5, ";

export function bucketRates(flavor: FlavorCatalog, signal: SignalId): GrafanaQuery {
  const source = flavor.signals[signal];
  if (source.kind === "unsupported") return { ok: false, reason: `not exported by ${flavor.title}: ${source.reason}` };
  if (source.kind !== "histogram") return { ok: false, reason: `${flavor.title} has no ${signal} histogram (a sum and a count only): no distribution to draw` };
  if ((source.scale ?? 1) !== 1) return { ok: false, reason: `${flavor.title}'s ${source.histogram.names[0]} is not in seconds: see its own dashboard` };
  const q = grafanaPromQL(flavor, { kind: "quantile", q: 0.5, histogram: source.histogram }, "total");
  if (!q.ok) return q;
  if (!q.promql.startsWith(PREFIX) || !q.promql.endsWith(")")) throw new Error(`unexpected quantile rendering: ${q.promql}`);
  return { ok: true, promql: q.promql.slice(PREFIX.length, -1) };
}

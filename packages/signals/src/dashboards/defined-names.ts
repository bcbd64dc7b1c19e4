// What a dashboard may read: the series names the catalog defines (histograms with their _bucket,
// _sum and _count series) and the records of the generated recording rules. Nothing else.
import { CATALOG } from "../catalog/index.ts";
import { recordingRuleFile } from "../rules/recording.ts";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.ts";
import type { EngineFlavor, Expr, FlavorCatalog, MetricRef } from "../types.ts";

type Catalog = Readonly<Record<EngineFlavor, FlavorCatalog>>;

const HISTOGRAM_SERIES = ["_bucket", "_sum", "_count"];
const histogramNames = (ref: MetricRef) => ref.names.flatMap((n) => HISTOGRAM_SERIES.map((s) => n + s));

function exprNames(e: Expr): string[] {
  switch (e.kind) {
    case "rate": case "gauge": return [...e.metric.names];
    case "quantile": case "histogram_mean": case "histogram_share_le": return histogramNames(e.histogram);
    case "binary": return [...exprNames(e.left), ...exprNames(e.right)];
    case "scalar": case "param": return [];
  }
}

/** Every series name any flavor's sources read. */
export function catalogMetricNames(catalog: Catalog = CATALOG): Set<string> {
  const names = new Set<string>();
  for (const flavor of Object.values(catalog)) {
    for (const source of Object.values(flavor.signals)) {
      const found = source.kind === "value" ? exprNames(source.expr)
        : source.kind === "histogram" ? histogramNames(source.histogram)
        : source.kind === "counter_mean" ? [...source.sum.names, ...source.count.names]
        : [];
      for (const n of found) names.add(n);
    }
  }
  return names;
}

/** The record names of the generated recording rules (default thresholds, as committed). */
export function recordedNames(catalog: Catalog = CATALOG): Set<string> {
  return new Set(recordingRuleFile(catalog, DEFAULT_THRESHOLDS).groups.flatMap((g) => g.rules.map((r) => r.record)));
}

import type { Expr, MetricRef, SignalSource } from "../types.ts";

/** How a source reads a metric family, hence the exposition type it must have. */
export type MetricUse = { readonly ref: MetricRef; readonly as: "counter" | "gauge" | "histogram" };

/** Every metric a source reads, with how it reads it (tests check names and types; docs list them). */
export function metricUses(source: SignalSource): MetricUse[] {
  switch (source.kind) {
    case "value": return exprUses(source.expr);
    case "histogram": return [{ ref: source.histogram, as: "histogram" }];
    case "counter_mean": return [{ ref: source.sum, as: "counter" }, { ref: source.count, as: "counter" }];
    case "unsupported": return [];
  }
}

function exprUses(e: Expr): MetricUse[] {
  switch (e.kind) {
    case "rate": return [{ ref: e.metric, as: "counter" }];
    case "gauge": return [{ ref: e.metric, as: "gauge" }];
    case "quantile": case "histogram_mean": case "histogram_share_le": return [{ ref: e.histogram, as: "histogram" }];
    case "binary": return [...exprUses(e.left), ...exprUses(e.right)];
    case "scalar": case "param": return [];
  }
}

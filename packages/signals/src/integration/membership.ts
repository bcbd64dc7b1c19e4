// Which instances a query's value covers, group by group, read from the series that exist: a scope
// group takes, for each metric, the first of its names it has (PromQL `or` of the aggregates), and
// the instances with series of that name are the group's members. Ground truth sums over them.
import { isGpuMetric } from "../promql.ts";
import type { Expr, MetricRef, Scope } from "../types.ts";
import type { SeriesPoint, Snapshot } from "./snapshot.ts";

export type ScopeBy = Scope["by"];

/** The scope group a series falls in: its instance, its model label ("" when absent), or the total. */
export function groupOf(labels: SeriesPoint["labels"], by: ScopeBy, modelLabel: string | undefined): string {
  if (by === "instance") return labels.instance ?? "";
  if (by === "model") return modelLabel === undefined ? "" : labels[modelLabel] ?? "";
  return "";
}

/** A metric an expression reads, and the series name that proves a target exports it. */
export interface MetricUse {
  readonly ref: MetricRef;
  readonly suffix: "" | "_count";
}

export function usesOf(e: Expr): MetricUse[] {
  switch (e.kind) {
    case "rate": case "gauge": return [{ ref: e.metric, suffix: "" }];
    case "quantile": case "histogram_mean": case "histogram_share_le": return [{ ref: e.histogram, suffix: "_count" }];
    case "binary": return [...usesOf(e.left), ...usesOf(e.right)];
    case "scalar": case "param": return [];
  }
}

const matches = (p: SeriesPoint, name: string, ref: MetricRef) =>
  p.name === name && Object.entries(ref.match ?? {}).every(([k, v]) => (p.labels[k] ?? "") === v);

/** Members of every group for one metric use. */
export function membersOf(snapshot: Snapshot, use: MetricUse, by: ScopeBy, modelLabel: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const decided = new Set<string>();
  for (const name of use.ref.names) {
    const found = new Map<string, Set<string>>();
    for (const p of snapshot) {
      if (!matches(p, name + use.suffix, use.ref)) continue;
      const g = groupOf(p.labels, by, modelLabel);
      if (decided.has(g)) continue;
      if (!found.has(g)) found.set(g, new Set());
      found.get(g)!.add(p.labels.instance ?? "");
    }
    for (const [g, instances] of found) {
      out.set(g, instances);
      decided.add(g);
    }
  }
  return out;
}

/** Engine-side and GPU-side members of each group, over every metric the expression reads. */
export function membership(snapshot: Snapshot, expr: Expr, by: ScopeBy, modelLabel: string | undefined) {
  const engine = new Map<string, Set<string>>();
  const gpu = new Map<string, Set<string>>();
  for (const use of usesOf(expr)) {
    const into = use.ref.names.some(isGpuMetric) ? gpu : engine;
    for (const [g, instances] of membersOf(snapshot, use, by, modelLabel)) {
      if (!into.has(g)) into.set(g, new Set());
      for (const i of instances) into.get(g)!.add(i);
    }
  }
  return { engine, gpu };
}

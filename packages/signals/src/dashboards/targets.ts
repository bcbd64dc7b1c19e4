// One Grafana query that answers on every flavor of a dashboard: each flavor's PromQL, identical
// ones merged, joined with `or` in the rules' branch order (per instance, the first flavor with
// series wins, so two dialects never draw one line twice). Which flavors answer is kept: the
// live test checks each of them, and the panel's description names the others and why.
import { CATALOG } from "../catalog/index.ts";
import { BRANCH_ORDER } from "../rules/branches.ts";
import { SIGNALS } from "../signals.ts";
import type { EngineFlavor, FlavorCatalog, SignalQuery } from "../types.ts";
import { grafanaSignal, type GrafanaQuery } from "./grafana-query.ts";

export type TargetFormat = "time_series" | "heatmap" | "table";

/** A panel query and the flavors it claims to answer on. */
export interface TargetSpec {
  readonly refId: string;
  readonly expr: string;
  readonly legend: string;
  readonly flavors: readonly EngineFlavor[];
  /** Flavors of the dashboard it cannot answer on, with the catalog's reason. */
  readonly missing: readonly { readonly flavor: EngineFlavor; readonly reason: string }[];
  readonly format: TargetFormat;
  /** An instant query (tables); else a range query. */
  readonly instant: boolean;
}

export interface TargetOptions {
  readonly legend: string;
  readonly format?: TargetFormat;
  readonly instant?: boolean;
}

/** `render` on each of `flavors`, merged into one `or` chain. Throws when no flavor answers. */
export function acrossFlavors(refId: string, flavors: readonly EngineFlavor[], render: (c: FlavorCatalog) => GrafanaQuery, o: TargetOptions): TargetSpec {
  const byPromql = new Map<string, EngineFlavor[]>();
  const missing: { flavor: EngineFlavor; reason: string }[] = [];
  for (const flavor of BRANCH_ORDER.filter((f) => flavors.includes(f))) {
    const q = render(CATALOG[flavor]);
    if (!q.ok) missing.push({ flavor, reason: q.reason });
    else byPromql.set(q.promql, [...(byPromql.get(q.promql) ?? []), flavor]);
  }
  if (byPromql.size === 0) throw new Error(`query ${refId} answers on none of ${flavors.join(", ")}`);
  const branches = [...byPromql];
  const expr = branches.length === 1 ? branches[0]![0] : branches.map(([promql, fs]) => `# ${fs.join(", ")}\n${promql}`).join("\nor\n");
  return {
    refId, expr, legend: o.legend, flavors: branches.flatMap(([, fs]) => fs), missing,
    format: o.format ?? "time_series", instant: o.instant ?? false,
  };
}

/** A catalog signal (with its statistic) as one target over `flavors`. */
export const signalTarget = (refId: string, flavors: readonly EngineFlavor[], query: SignalQuery, o: TargetOptions): TargetSpec =>
  acrossFlavors(refId, flavors, (c) => grafanaSignal(c, query), o);

/** The panel description: what it shows, then where it has no value and why (never a silent gap). */
export function describe(what: string, targets: readonly TargetSpec[]): string {
  const lines = new Set<string>();
  for (const t of targets) for (const m of t.missing) lines.add(`- ${m.reason}`);
  return lines.size === 0 ? what : `${what}\n\nNo value here:\n${[...lines].join("\n")}`;
}

/** A signal's one-line description from the catalog. */
export const signalText = (id: SignalQuery["signal"]) => SIGNALS[id].description;

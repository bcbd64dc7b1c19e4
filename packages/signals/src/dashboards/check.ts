// The check vLLM's dashboard generator makes, for every backend: a dashboard may read only series
// the catalog defines or the recording rules record. Reads dashboard JSON as Grafana would.
import { catalogMetricNames, recordedNames } from "./defined-names.ts";
import { metricNamesOf } from "./promql-names.ts";

export interface DashboardQuery {
  /** "panel 3 (TTFT …) A" or "variable model". */
  readonly where: string;
  readonly expr: string;
}

const LABEL_VALUES = /^label_values\(([\s\S]*),\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)$/;

/** Grafana's `label_values(selector, label)` → the selector; a bare `label_values(label)` has none. */
export function variableSelector(query: string): string | undefined {
  const m = LABEL_VALUES.exec(query.trim());
  if (m) return m[1]!;
  if (/^label_values\(\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)$/.test(query.trim())) return undefined;
  throw new Error(`unsupported variable query: ${query}`);
}

interface JsonPanel { id?: number; title?: string; targets?: { refId?: string; expr?: string }[]; panels?: JsonPanel[] }
interface JsonDashboard { panels?: JsonPanel[]; templating?: { list?: { type?: string; name?: string; query?: unknown; definition?: string }[] } }

/** Every PromQL query of a dashboard's panels (rows' nested panels included) and query variables. */
export function dashboardQueries(dashboard: unknown): DashboardQuery[] {
  const d = dashboard as JsonDashboard;
  const out: DashboardQuery[] = [];
  const visit = (p: JsonPanel) => {
    for (const t of p.targets ?? []) if (t.expr !== undefined) out.push({ where: `panel ${p.id} (${p.title}) ${t.refId}`, expr: t.expr });
    for (const inner of p.panels ?? []) visit(inner);
  };
  for (const p of d.panels ?? []) visit(p);
  for (const v of d.templating?.list ?? []) {
    if (v.type !== "query") continue;
    const q = typeof v.query === "string" ? v.query : (v.query as { query?: string } | undefined)?.query ?? v.definition ?? "";
    const selector = variableSelector(q);
    if (selector !== undefined) out.push({ where: `variable ${v.name}`, expr: selector });
  }
  return out;
}

/** Names a dashboard reads that neither the catalog nor the recording rules define. */
export function undefinedReferences(dashboard: unknown, known: ReadonlySet<string> = knownNames()): { where: string; name: string }[] {
  return dashboardQueries(dashboard).flatMap((q) => metricNamesOf(q.expr).filter((n) => !known.has(n)).map((name) => ({ where: q.where, name })));
}

/** Catalog series names plus recording-rule records. */
export function knownNames(): Set<string> {
  return new Set([...catalogMetricNames(), ...recordedNames()]);
}

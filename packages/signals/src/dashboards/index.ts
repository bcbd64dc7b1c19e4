// Grafana dashboards generated from the signal catalog; `npm run dashboards:generate` writes them to
// grafana/dashboards/, and a test fails when the committed files drift.
import { FLEET } from "./fleet.ts";
import { dashboardJson } from "./grafana-json.ts";
import type { DashboardSpec } from "./model.ts";
import { GPU } from "./gpu.ts";
import { TOKEN_PATH } from "./token-path.ts";
import { TRITON } from "./triton.ts";

export const DASHBOARDS: readonly DashboardSpec[] = [TOKEN_PATH, GPU, TRITON, FLEET];

/** File name → JSON text, the same bytes for the same catalog. */
export function generateDashboardFiles(): Record<string, string> {
  return Object.fromEntries(DASHBOARDS.map((d) => [d.file, `${JSON.stringify(dashboardJson(d), null, 2)}\n`]));
}

export { dashboardJson } from "./grafana-json.ts";
export { ALL_VALUE, DATASOURCE_NAME, DATASOURCE_UID, VARIABLE_QUERIES, type VariableQuery } from "./variables.ts";
export { catalogMetricNames, recordedNames } from "./defined-names.ts";
export { metricNamesOf, selectorsOf, PromQLLexError, type Selector } from "./promql-names.ts";
export type { DashboardSpec, PanelSpec, RowSpec } from "./model.ts";
export type { TargetSpec } from "./targets.ts";
export { dashboardQueries, undefinedReferences, knownNames, variableSelector, type DashboardQuery } from "./check.ts";

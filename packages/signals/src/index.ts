export * from "./types.ts";
export { SIGNALS } from "./signals.ts";
export { resolveSignal, boundAtOrBelow, type Resolved } from "./resolve.ts";
export { renderPromQL, leRegex, metricsOf, isGpuMetric, RenderError, type RenderContext } from "./promql.ts";
export { CATALOG } from "./catalog/index.ts";
export { signalQuery, type SignalQueryResult } from "./query.ts";
export {
  generateRuleFiles, recordingRuleFile, alertRuleFile, RULE_FILES, DEFAULT_THRESHOLDS, alertThresholdsSchema, burnThreshold, ENGINE_JOB,
  type AlertThresholds, type RuleFileName, type AlertingRule, type RecordingRule, type RuleFile, type RuleGroup, type Severity,
} from "./rules/index.ts";
export {
  DASHBOARDS, generateDashboardFiles, dashboardJson, DATASOURCE_UID, DATASOURCE_NAME, ALL_VALUE, VARIABLE_QUERIES,
  catalogMetricNames, recordedNames, metricNamesOf, selectorsOf, PromQLLexError, dashboardQueries, undefinedReferences, knownNames, variableSelector,
  type DashboardSpec, type PanelSpec, type RowSpec, type TargetSpec, type VariableQuery, type Selector, type DashboardQuery,
} from "./dashboards/index.ts";
export { INFO_SOURCES, GPU_INFO_METRIC, infoMatchers, infoSelector, type InfoSources } from "./info.ts";

export * from "./types.ts";
export { SIGNALS } from "./signals.ts";
export { resolveSignal, boundAtOrBelow, type Resolved } from "./resolve.ts";
export { renderPromQL, renderIncrease, leRegex, metricsOf, isGpuMetric, RenderError, type RenderContext, type HistogramPart } from "./promql.ts";
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
export { TOKEN_LENGTH_KINDS, TOKEN_LENGTHS, type TokenLengthKind, type TokenLengthSource } from "./catalog/token-lengths.ts";
export { resolveTokenLength, tokenLengthQuery, type TokenLengthQuery } from "./token-lengths.ts";
export {
  HISTOGRAM_IDS, HISTOGRAM_PARTS, LATENCY_SIGNAL_IDS, TOKEN_HISTOGRAM_IDS, histogramWindowQueries, histogramWindowSource, toHistogramWindow,
  type HistogramId, type HistogramWindowValue, type WindowQueries, type WindowSource,
} from "./histogram-window.ts";
export { START_MARKERS, type StartMarker } from "./start-markers.ts";

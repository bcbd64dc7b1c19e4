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

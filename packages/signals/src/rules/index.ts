import type { EngineFlavor, FlavorCatalog } from "../types.ts";
import { alertRuleFile } from "./alerts.ts";
import { recordingRuleFile } from "./recording.ts";
import { alertThresholdsSchema, type AlertThresholds } from "./thresholds.ts";
import { ruleFileYaml } from "./yaml.ts";

export { DEFAULT_THRESHOLDS, alertThresholdsSchema, burnThreshold, type AlertThresholds } from "./thresholds.ts";
export { ENGINE_JOB } from "./alerts-engine.ts";
export { recordingRuleFile } from "./recording.ts";
export { alertRuleFile } from "./alerts.ts";
export type { AlertingRule, RecordingRule, RuleFile, RuleGroup, Severity } from "./types.ts";

/** The committed rule files, by file name under prometheus/rules/. */
export const RULE_FILES = ["throtl-recording.yml", "throtl-alerts.yml"] as const;
export type RuleFileName = (typeof RULE_FILES)[number];

const HEADER = [
  "Generated from the signal catalog (packages/signals/src/rules) by `npm run rules:generate`.",
  "Do not edit: change the catalog or the generator and regenerate; a test fails on drift.",
];

/** Both rule files as YAML, the same bytes for the same catalog and thresholds. */
export function generateRuleFiles(catalog: Readonly<Record<EngineFlavor, FlavorCatalog>>, thresholds: AlertThresholds): Record<RuleFileName, string> {
  const t = alertThresholdsSchema.parse(thresholds);
  return {
    "throtl-recording.yml": ruleFileYaml(recordingRuleFile(catalog, t), [...HEADER, "Recording rules: level:metric:op, one rule per record, flavors joined with `or`."]),
    "throtl-alerts.yml": ruleFileYaml(alertRuleFile(t), [...HEADER, "Alerts read the recording rules; thresholds: DEFAULT_THRESHOLDS in thresholds.ts."]),
  };
}

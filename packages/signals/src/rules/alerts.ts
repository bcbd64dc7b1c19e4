import { engineAlerts } from "./alerts-engine.ts";
import { gpuAlerts } from "./alerts-gpu.ts";
import { sloAlerts } from "./alerts-slo.ts";
import type { AlertThresholds } from "./thresholds.ts";
import type { AlertingRule, RuleFile } from "./types.ts";

/** Every alert, grouped by what it watches; they read the recording rules wherever they can. */
export const alertRuleFile = (t: AlertThresholds): RuleFile<AlertingRule> => ({
  groups: [
    { name: "throtl.alerts.engine", rules: engineAlerts(t) },
    { name: "throtl.alerts.gpu", rules: gpuAlerts(t) },
    { name: "throtl.alerts.slo", rules: sloAlerts(t) },
  ],
});

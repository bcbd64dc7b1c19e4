/** Prometheus rule files (rulefmt), as the generators build them before YAML. */

export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
}

export type Severity = "warning" | "critical";

export interface AlertingRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: { readonly severity: Severity };
  readonly annotations: { readonly summary: string; readonly description: string; readonly runbook: string };
}

export interface RuleGroup<R> {
  readonly name: string;
  readonly rules: readonly R[];
}

export interface RuleFile<R = RecordingRule | AlertingRule> {
  readonly groups: readonly RuleGroup<R>[];
}

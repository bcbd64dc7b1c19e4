import type { AlertingRule, Severity } from "./types.ts";

/** Where an alert fires: the instance, and the model when the series has one (TGI's have none). */
export const AT = "{{ $labels.instance }}{{ with $labels.model_name }}, model {{ . }}{{ end }}";

/** Numbers in prose: 0.1 → "0.1", 14.4 → "14.4", no float noise. */
export const num = (x: number): string => String(+x.toPrecision(6));
export const pct = (ratio: number): string => `${num(ratio * 100)} %`;
export const ms = (seconds: number): string => (seconds < 1 ? `${num(seconds * 1000)} ms` : `${num(seconds)} s`);

export interface AlertSpec {
  readonly alert: string;
  readonly severity: Severity;
  readonly expr: string;
  readonly for: string;
  readonly summary: string;
  readonly description: string;
  /** The flag to look at first, in a sentence that names it (`--max-num-seqs`). */
  readonly runbook: string;
}

export function alertRule(s: AlertSpec): AlertingRule {
  if (!/--[a-z-]+/.test(s.runbook)) throw new Error(`alert ${s.alert}: the runbook line must name a flag`);
  return {
    alert: s.alert, expr: s.expr, for: s.for, labels: { severity: s.severity },
    annotations: { summary: s.summary, description: s.description, runbook: s.runbook },
  };
}

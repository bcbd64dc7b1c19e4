// Grafana's variable interpolation for the queries we generate, so tests run them as Grafana would:
// multi-value variables are regex-escaped (and the backslash doubled, for the PromQL string).

export interface VariableValues {
  /** One value (escaped like Grafana) or a raw regex for "All" (its allValue). */
  readonly instance: { readonly value: string } | { readonly regex: string };
  readonly model: { readonly value: string } | { readonly regex: string };
  /** What Grafana computes for $__rate_interval: max(4 × scrape interval, step + scrape interval). */
  readonly rateInterval: string;
}

/** Grafana's prometheusSpecialRegexEscape: `a.b` → `a\\.b` inside the PromQL string. */
export const grafanaRegexEscape = (v: string) => v.replace(/\\/g, "\\\\\\\\").replace(/[$^*{}[\]'+?.()|]/g, "\\\\$&");

const asRegex = (v: VariableValues["instance"]) => ("value" in v ? grafanaRegexEscape(v.value) : v.regex);

export function substitute(expr: string, v: VariableValues): string {
  const out = expr
    .replaceAll("$__rate_interval", v.rateInterval)
    .replaceAll("$instance", asRegex(v.instance))
    .replaceAll("$model", asRegex(v.model));
  if (/\$[a-zA-Z_]/.test(out)) throw new Error(`unsubstituted variable in ${out}`);
  return out;
}

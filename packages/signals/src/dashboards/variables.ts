// The template variables every dashboard shares: the data source (fixed uid, provisioned), the
// engine instances and the served models. Their queries read only catalog metrics and records.
import { CATALOG } from "../catalog/index.ts";
import { metricsOf } from "../promql.ts";
import { resolveSignal } from "../resolve.ts";
import { ENGINE_FLAVORS } from "../types.ts";

/** The provisioned Prometheus data source (grafana/provisioning/datasources/throtl.yml). */
export const DATASOURCE_UID = "throtl-prometheus";
export const DATASOURCE_NAME = "Prometheus (Throtl)";
/** Panels and variables point at the variable, so another Prometheus can be picked at view time. */
export const DATASOURCE_REF = { type: "prometheus", uid: "${datasource}" } as const;

/**
 * "All" values. Catalog queries add `model!=""` themselves, so `.*` for the model keeps TGI (which
 * labels no model) in record-based panels; every series has an instance.
 */
export const ALL_VALUE = { instance: ".+", model: ".*" } as const;

/** Every flavor's request counters: a series of one of them marks an engine instance. */
export function engineMarkerNames(): string[] {
  const names = ENGINE_FLAVORS.flatMap((f) => {
    const r = resolveSignal(CATALOG[f], { signal: "request_rate" });
    return r.ok ? metricsOf(r.expr).flatMap((m) => m.names) : [];
  });
  return [...new Set(names)].sort();
}

/** The request record exists per instance and model for every flavor, the model as `model_name`. */
export const MODEL_RECORD = "instance_model:throtl_requests:rate5m";

export interface VariableQuery {
  readonly name: "instance" | "model";
  /** Grafana's `label_values(selector, label)`: the values of `label` on series matching `selector`. */
  readonly selector: string;
  readonly label: string;
}

export const VARIABLE_QUERIES: readonly VariableQuery[] = [
  { name: "instance", selector: `{__name__=~"${engineMarkerNames().join("|")}"}`, label: "instance" },
  { name: "model", selector: `${MODEL_RECORD}{instance=~"$instance"}`, label: "model_name" },
];

const labelValues = (q: VariableQuery) => `label_values(${q.selector}, ${q.label})`;

/** The dashboard's `templating.list`. */
export function templating(): unknown[] {
  return [
    {
      type: "datasource", name: "datasource", label: "Data source", query: "prometheus", regex: "", hide: 0, refresh: 1,
      current: { selected: true, text: DATASOURCE_NAME, value: DATASOURCE_UID },
    },
    ...VARIABLE_QUERIES.map((q) => ({
      type: "query", name: q.name, label: q.name === "instance" ? "Instance" : "Model",
      datasource: DATASOURCE_REF,
      definition: labelValues(q),
      query: { qryType: 1, query: labelValues(q), refId: "PrometheusVariableQueryEditor-VariableQuery" },
      includeAll: true, multi: true, allValue: ALL_VALUE[q.name],
      current: { selected: true, text: ["All"], value: ["$__all"] },
      refresh: 2, regex: "", sort: 1, hide: 0, options: [],
    })),
  ];
}

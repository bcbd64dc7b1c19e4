// Catalog expressions as Grafana queries. renderPromQL knows equality matchers and fixed windows;
// Grafana needs `instance=~"$instance"` and `[$__rate_interval]`. So we render with sentinel values
// and swap each for its variable afterwards; a sentinel left over is a bug and throws.
import { renderPromQL, RenderError } from "../promql.ts";
import { resolveSignal } from "../resolve.ts";
import type { Expr, FlavorCatalog, SignalQuery } from "../types.ts";

const INSTANCE = "__throtl_instance__";
const MODEL = "__throtl_model__";
/** A window no query would use: `[7919s]` becomes `[$__rate_interval]`. */
const WINDOW = "7919s";

export type GrafanaQuery = { readonly ok: true; readonly promql: string } | { readonly ok: false; readonly reason: string };

/**
 * `expr` on `flavor`, per instance, narrowed by the dashboard's `$instance` and `$model`. The model
 * matcher also requires the label (`!=""`), so a dialect that shares metric names but names its
 * model differently (Triton's vLLM backend: `model`) never answers for vLLM, even with "All".
 */
export function grafanaPromQL(flavor: FlavorCatalog, expr: Expr, by: "instance" | "total" = "instance"): GrafanaQuery {
  let promql: string;
  try {
    promql = renderPromQL(expr, { scope: { by, instance: INSTANCE, model: MODEL }, modelLabel: flavor.modelLabel, window: WINDOW });
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, reason: e.message };
    throw e;
  }
  promql = promql
    .replaceAll(`instance="${INSTANCE}"`, 'instance=~"$instance"')
    .replaceAll(`[${WINDOW}]`, "[$__rate_interval]");
  if (flavor.modelLabel !== undefined) {
    promql = promql.replaceAll(`${flavor.modelLabel}="${MODEL}"`, `${flavor.modelLabel}=~"$model",${flavor.modelLabel}!=""`);
  }
  if (promql.includes(INSTANCE) || promql.includes(MODEL) || promql.includes(WINDOW)) throw new Error(`sentinel left in ${promql}`);
  return { ok: true, promql };
}

/** A signal query on `flavor` as Grafana PromQL, or why the flavor cannot answer it. */
export function grafanaSignal(flavor: FlavorCatalog, query: SignalQuery): GrafanaQuery {
  const resolved = resolveSignal(flavor, query);
  return resolved.ok ? grafanaPromQL(flavor, resolved.expr) : resolved;
}

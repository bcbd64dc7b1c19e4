import { CATALOG } from "./catalog/index.ts";
import { renderPromQL, RenderError, type RenderContext } from "./promql.ts";
import { resolveSignal } from "./resolve.ts";
import type { EngineFlavor, SignalQuery } from "./types.ts";

export type SignalQueryResult =
  | { readonly ok: true; readonly promql: string; readonly notes: string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * The PromQL answering `query` on `flavor`, or why there is none (not exported, wrong scope, missing
 * parameter). Catalog inconsistencies still throw: they are bugs, not answers.
 */
export function signalQuery(flavor: EngineFlavor, query: SignalQuery, ctx: Omit<RenderContext, "modelLabel">): SignalQueryResult {
  const catalog = CATALOG[flavor];
  const resolved = resolveSignal(catalog, query);
  if (!resolved.ok) return resolved;
  try {
    return { ok: true, promql: renderPromQL(resolved.expr, { ...ctx, modelLabel: catalog.modelLabel }), notes: [...resolved.notes] };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, reason: e.message };
    throw e;
  }
}

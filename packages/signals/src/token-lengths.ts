import { TOKEN_LENGTHS, type TokenLengthKind } from "./catalog/token-lengths.ts";
import { CATALOG } from "./catalog/index.ts";
import { renderPromQL, RenderError, type RenderContext } from "./promql.ts";
import type { SignalQueryResult } from "./query.ts";
import type { Resolved } from "./resolve.ts";
import { type EngineFlavor, type LatencyStat, QUANTILE_OF } from "./types.ts";

/** One statistic of a token-length distribution over the window (tokens per finished request). */
export interface TokenLengthQuery {
  readonly kind: TokenLengthKind;
  readonly stat: LatencyStat;
}

/** The expression for `query` on `flavor`: the same quantile and mean nodes latency signals use. */
export function resolveTokenLength(flavor: EngineFlavor, query: TokenLengthQuery): Resolved {
  const source = TOKEN_LENGTHS[flavor][query.kind];
  if (source.kind === "unsupported") return { ok: false, reason: `not exported by ${CATALOG[flavor].title}: ${source.reason}` };
  const notes = source.note ? [source.note] : [];
  if (query.stat === "mean") return { ok: true, expr: { kind: "histogram_mean", histogram: source.histogram }, notes };
  return { ok: true, expr: { kind: "quantile", q: QUANTILE_OF[query.stat], histogram: source.histogram }, notes };
}

/** The PromQL answering `query` on `flavor`, or why there is none. */
export function tokenLengthQuery(flavor: EngineFlavor, query: TokenLengthQuery, ctx: Omit<RenderContext, "modelLabel">): SignalQueryResult {
  const resolved = resolveTokenLength(flavor, query);
  if (!resolved.ok) return resolved;
  try {
    return { ok: true, promql: renderPromQL(resolved.expr, { ...ctx, modelLabel: CATALOG[flavor].modelLabel }), notes: [...resolved.notes] };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, reason: e.message };
    throw e;
  }
}

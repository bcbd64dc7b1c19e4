// Token lengths per finished request over a window (prompt and output: mean and quantiles), from
// the catalog's token histograms; insights' length rules and snapshot workloads read them.
import type { LengthStats } from "@throtl/insights";
import { LATENCY_STATS, type LatencyStat, TOKEN_LENGTH_KINDS, type TokenLengthKind, type TokenLengthQuery } from "@throtl/signals";
import type { DataSource, InstantRequest } from "./data-source.ts";

/** Per statistic: a number, null (no data in the window, a failed query) or why the backend has none. */
export type TokenStats = { readonly [S in LatencyStat]: number | null } | { readonly unsupported: string };
export type TokenLengths = Readonly<Record<TokenLengthKind, TokenStats>>;

export const TOKEN_LENGTH_QUERIES: readonly TokenLengthQuery[] = TOKEN_LENGTH_KINDS.flatMap((kind) => LATENCY_STATS.map((stat) => ({ kind, stat })));

/** The total of `request.scope` (group ""). Throws SourceUnavailableError like every source call. */
export async function loadTokenLengths(source: DataSource, request: InstantRequest): Promise<TokenLengths> {
  const outcomes = await source.tokenLengths(TOKEN_LENGTH_QUERIES, request);
  const out: Partial<Record<TokenLengthKind, TokenStats>> = {};
  for (const kind of TOKEN_LENGTH_KINDS) {
    const stats: Partial<Record<LatencyStat, number | null>> = {};
    let unsupported: string | undefined;
    TOKEN_LENGTH_QUERIES.forEach((q, i) => {
      if (q.kind !== kind) return;
      const o = outcomes[i]!;
      if (o.kind === "unsupported") unsupported = o.reason;
      stats[q.stat] = o.kind === "ok" ? (o.data.find((g) => g.group === "")?.value ?? null) : null;
    });
    out[kind] = unsupported !== undefined ? { unsupported } : (stats as Record<LatencyStat, number | null>);
  }
  return out as TokenLengths;
}

/** As insights reads them; unsupported or unknown: empty, so the length rules stay silent. */
export function lengthStats(t: TokenStats | undefined): LengthStats {
  return t === undefined || "unsupported" in t ? {} : { mean: t.mean, p95: t.p95, p99: t.p99 };
}

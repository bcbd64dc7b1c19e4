// Direct mode (no Prometheus): scrape the engines ourselves and evaluate the same catalog over the
// scrapes. Evaluation is injected: @throtl/signals/direct provides it; until it lands the pending
// evaluator answers "unsupported" from the catalog and an explicit error otherwise, never 0.
import { CATALOG, type EngineFlavor, resolveSignal, type SignalQuery } from "@throtl/signals";
import type { DataSource, GroupLine, GroupValue, InstantRequest, Outcome, RangeRequest } from "../data-source.ts";
import { SourceUnavailableError } from "../data-source.ts";
import type { ScrapeHistory } from "./scrape-history.ts";
import type { Scrape } from "./scraper.ts";

/** Rounds of scrapes, oldest first; each round has one scrape per configured target. */
export type Rounds = readonly (readonly Scrape[])[];

export interface DirectEvaluator {
  instant(query: SignalQuery, request: InstantRequest, rounds: Rounds): Outcome<readonly GroupValue[]>;
  range(query: SignalQuery, request: RangeRequest, rounds: Rounds): Outcome<readonly GroupLine[]>;
}

export const PENDING_MESSAGE = "direct-mode evaluation is not available yet (waiting for @throtl/signals/direct); set PROMETHEUS_URL to use Prometheus";

/** Answers what the catalog alone can answer (not exported by this backend); the rest is pending. */
export function pendingEvaluator(flavor: EngineFlavor): DirectEvaluator {
  const answer = (query: SignalQuery): Outcome<never> => {
    const r = resolveSignal(CATALOG[flavor], query);
    return r.ok ? { kind: "error", message: PENDING_MESSAGE } : { kind: "unsupported", reason: r.reason };
  };
  return { instant: answer, range: answer };
}

export interface DirectSourceOptions {
  readonly flavor: EngineFlavor;
  readonly history: ScrapeHistory;
  readonly evaluator: DirectEvaluator;
  readonly targets: readonly string[];
}

export function createDirectSource(o: DirectSourceOptions): DataSource {
  async function rounds(sinceMs: number): Promise<Rounds> {
    const rs = await o.history.recent(sinceMs);
    const latest = rs.at(-1) ?? [];
    const engines = latest.filter((s) => s.role === "engine");
    if (engines.length > 0 && engines.every((s) => !s.result.ok)) {
      const why = engines.map((s) => (s.result.ok ? "" : s.result.error)).join("; ");
      throw new SourceUnavailableError("direct", `no engine target answered: ${why}`);
    }
    return rs;
  }
  return {
    mode: "direct",
    flavor: o.flavor,
    description: `direct scrape of ${o.targets.join(", ")}`,
    async instant(queries, r) {
      const rs = await rounds(r.atMs - r.windowSeconds * 1000);
      return queries.map((q) => o.evaluator.instant(q, r, rs));
    },
    async range(queries, r) {
      const rs = await rounds(r.grid.start - r.windowSeconds * 1000);
      return queries.map((q) => o.evaluator.range(q, r, rs));
    },
  };
}

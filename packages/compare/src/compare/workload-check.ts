// Like-for-like: a configuration change can only be judged under the same load. When the workloads
// (or the model, or the backend) differ, the comparison says so, with the size of the difference.
import type { Snapshot, TokenSummary } from "../model/snapshot-schema.ts";
import { formatNumber, formatPercent } from "./format.ts";

/**
 * 10 %: Poisson arrivals over a 5–10 minute window already vary by a few percent between runs of
 * the same load; beyond 10 % latency and throughput shift with the load itself.
 */
export const WORKLOAD_TOLERANCE = 0.1;

export type WorkloadField = "requestRate" | "promptTokens.mean" | "outputTokens.mean" | "model" | "backend";

export interface LikeForLikeWarning {
  readonly field: WorkloadField;
  readonly base: number | string | null;
  readonly candidate: number | string | null;
  /** (candidate − base) / base; null for non-numeric fields or a missing side. */
  readonly relative: number | null;
  readonly message: string;
}

const LABEL: Record<"requestRate" | "promptTokens.mean" | "outputTokens.mean", [string, string]> = {
  requestRate: ["Request rate", "req/s"],
  "promptTokens.mean": ["Mean prompt length", "tokens"],
  "outputTokens.mean": ["Mean output length", "tokens"],
};

function numeric(field: keyof typeof LABEL, a: number | null, b: number | null, tolerance: number): LikeForLikeWarning | null {
  const [label, unit] = LABEL[field];
  if (a === null || b === null) {
    if (a === b) return null;
    const which = a === null ? "base" : "candidate";
    return { field, base: a, candidate: b, relative: null, message: `${label} not recorded for the ${which}: cannot check that the workloads match.` };
  }
  const relative = a !== 0 ? (b - a) / a : b === 0 ? 0 : Number.POSITIVE_INFINITY;
  if (Math.abs(relative) <= tolerance) return null;
  const by = Number.isFinite(relative) ? `by ${formatPercent(relative)} ` : "";
  const message = `${label} differs ${by}(${formatNumber(a)} → ${formatNumber(b)} ${unit}), more than the ${tolerance * 100} % tolerance: changes may come from the load, not the configuration.`;
  return { field, base: a, candidate: b, relative: Number.isFinite(relative) ? relative : null, message };
}

const meanOf = (t: TokenSummary | null) => t?.mean ?? null;

const valueOf = (s: Snapshot, signal: string, stat: string) => s.signals.find((x) => x.signal === signal && x.stat === stat)?.value ?? null;

/** Requests in the server (running + waiting) over the window; null when either is missing. */
function inSystem(s: Snapshot): number | null {
  const [running, waiting] = [valueOf(s, "running", "value"), valueOf(s, "waiting", "value")];
  return running === null || waiting === null ? null : running + waiting;
}

/**
 * A closed-loop load (fixed concurrency: each client sends again when answered) keeps the requests in
 * the server constant, so by Little's law the request rate moves inversely to the mean end-to-end
 * latency. When both hold, the rate changed because the config did, not the load: warning about it
 * would flag every successful tuning under a fixed-concurrency load.
 */
export function closedLoopOutcome(base: Snapshot, candidate: Snapshot, tolerance: number): boolean {
  const [na, nb] = [inSystem(base), inSystem(candidate)];
  const [xa, xb] = [base.workload.requestRate, candidate.workload.requestRate];
  const [ra, rb] = [valueOf(base, "e2e", "mean"), valueOf(candidate, "e2e", "mean")];
  if (na === null || nb === null || na < 1 || xa === null || xb === null || !xa || !xb || ra === null || rb === null || !ra || !rb) return false;
  const sameConcurrency = Math.abs(nb - na) / na <= tolerance;
  const littlesLaw = Math.abs((xb / xa) * (rb / ra) - 1) <= tolerance;
  return sameConcurrency && littlesLaw;
}

export function checkLikeForLike(base: Snapshot, candidate: Snapshot, tolerance = WORKLOAD_TOLERANCE): LikeForLikeWarning[] {
  const closedLoop = closedLoopOutcome(base, candidate, tolerance);
  const warnings = [
    closedLoop ? null : numeric("requestRate", base.workload.requestRate, candidate.workload.requestRate, tolerance),
    numeric("promptTokens.mean", meanOf(base.workload.promptTokens), meanOf(candidate.workload.promptTokens), tolerance),
    numeric("outputTokens.mean", meanOf(base.workload.outputTokens), meanOf(candidate.workload.outputTokens), tolerance),
  ].filter((w): w is LikeForLikeWarning => w !== null);
  if (base.scope.model !== candidate.scope.model) {
    const [a, b] = [base.scope.model, candidate.scope.model];
    warnings.push({ field: "model", base: a, candidate: b, relative: null, message: `Different models (${a ?? "all models"} → ${b ?? "all models"}).` });
  }
  if (base.backend.flavor !== candidate.backend.flavor) {
    const [a, b] = [base.backend.flavor, candidate.backend.flavor];
    warnings.push({ field: "backend", base: a, candidate: b, relative: null, message: `Different backends (${a} → ${b}): signals are measured differently.` });
  }
  return warnings;
}

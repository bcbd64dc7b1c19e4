import type { SearchSpec } from "../spec/run-spec.ts";

/** One probe of the search: the offered rate and whether the server held the SLO at it. */
export interface ProbeOutcome {
  readonly rate: number;
  readonly pass: boolean;
}

export type SearchStep = { readonly probe: number } | { readonly done: { readonly capacity: number; readonly reason: string } };

/**
 * The pure core of the capacity search: given the probes so far, the next rate to try or the answer.
 * Doubles from `startRate` until a probe fails (halves until one passes), then bisects the bracket
 * [highest pass, lowest fail above it] until it is within `tolerance` of its top.
 */
export function nextStep(history: readonly ProbeOutcome[], s: SearchSpec, startRate: number): SearchStep {
  if (history.length === 0) return { probe: clamp(startRate, s) };
  const fails = history.filter((p) => !p.pass).map((p) => p.rate);
  const hi = fails.length > 0 ? Math.min(...fails) : Number.POSITIVE_INFINITY;
  const passes = history.filter((p) => p.pass && p.rate < hi).map((p) => p.rate);
  const lo = passes.length > 0 ? Math.max(...passes) : undefined;
  const budget = history.length >= s.maxProbes;
  if (lo === undefined) {
    if (budget || hi <= (s.rateMin ?? 0) * 1.0001 || hi < 1e-3) return { done: { capacity: 0, reason: `the SLO fails even at ${fmt(hi)} req/s` } };
    return { probe: clamp(hi / 2, s) };
  }
  if (hi === Number.POSITIVE_INFINITY) {
    if (s.rateMax !== undefined && lo >= s.rateMax * 0.9999) return { done: { capacity: lo, reason: `the SLO holds at --rate-max ${fmt(s.rateMax)} req/s` } };
    if (budget) return { done: { capacity: lo, reason: `probe budget spent before any rate failed (${history.length} probes)` } };
    return { probe: clamp(lo * 2, s) };
  }
  if ((hi - lo) / hi <= s.tolerance) return { done: { capacity: lo, reason: `bracket [${fmt(lo)}, ${fmt(hi)}] req/s is within ${(s.tolerance * 100).toFixed(1)} %` } };
  if (budget) return { done: { capacity: lo, reason: `probe budget spent; bracket [${fmt(lo)}, ${fmt(hi)}] req/s` } };
  return { probe: (lo + hi) / 2 };
}

function clamp(rate: number, s: SearchSpec): number {
  return Math.min(s.rateMax ?? Number.POSITIVE_INFINITY, Math.max(s.rateMin ?? 0, rate));
}

const fmt = (r: number) => (Number.isFinite(r) ? Number(r.toPrecision(4)).toString() : String(r));

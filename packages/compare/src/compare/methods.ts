// How each signal's uncertainty is modeled. Decided by unit and shape from the catalog, so a new
// signal gets a sensible method without an edit here; the exceptions are listed by id.
import { SIGNALS, type SignalId } from "@throtl/signals";

export type Method =
  | "bootstrap" // latency quantiles: resampled histogram buckets
  | "histogram-mean" // latency mean: normal, spread from the buckets
  | "newcombe" // proportions: error rate, prefix-cache hits, SLO attainment
  | "poisson" // event rates: requests/s, preemptions/s
  | "compound-poisson" // token rates: tokens arrive in requests
  | "gauge-spread" // gauges with a recorded sample spread
  | "threshold"; // nothing to build an interval from

type ValueMethod = "newcombe" | "poisson" | "compound-poisson" | "gauge-spread";

/** Ratios of counted events; other "ratio" signals (KV use, GPU util) are gauges. */
const BY_ID: Partial<Record<SignalId, ValueMethod>> = {
  error_rate: "newcombe",
  prefix_cache_hit_rate: "newcombe",
};

export function valueMethod(id: SignalId): ValueMethod {
  const byId = BY_ID[id];
  if (byId) return byId;
  const unit = SIGNALS[id].unit;
  if (unit === "req/s" || unit === "1/s") return "poisson";
  if (unit === "tok/s") return "compound-poisson";
  return "gauge-spread";
}

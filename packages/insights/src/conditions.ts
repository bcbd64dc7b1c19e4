import { evidence, type Evidence } from "./evidence.ts";
import type { HealthThresholds } from "./health/thresholds.ts";
import { tidy } from "./math.ts";
import type { Observation } from "./observation.ts";
import { latencyOf, valueOf } from "./read.ts";

/**
 * Conditions that both the health line and the rules test, so they cannot disagree. Each returns the
 * evidence when it holds and null when it does not or the data is missing.
 */
export type Condition = readonly Evidence[] | null;

export function kvPressure(o: Observation, t: HealthThresholds): Condition {
  const kv = valueOf(o.current, "kv_cache_usage");
  return kv !== null && kv > t.kvCacheUsage ? [evidence("kv_cache_usage", kv, ">", t.kvCacheUsage)] : null;
}

export function preempting(o: Observation, t: HealthThresholds): Condition {
  const p = valueOf(o.current, "preemption_rate");
  return p !== null && p > t.preemptionRate ? [evidence("preemption_rate", p, ">", t.preemptionRate)] : null;
}

/** KV pressure that already costs work: both hold. */
export function kvPressureWithPreemption(o: Observation, t: HealthThresholds): Condition {
  const kv = kvPressure(o, t);
  const pre = preempting(o, t);
  return kv && pre ? [...kv, ...pre] : null;
}

/** The error budget: the availability SLO's when set (1 - 0.999 = 0.1 %), else the default. */
export function errorBudget(o: Observation, t: HealthThresholds): number {
  const a = o.settings.slo?.availability;
  return a !== undefined ? tidy(1 - a) : t.errorRate;
}

export function erroring(o: Observation, t: HealthThresholds): Condition {
  const e = valueOf(o.current, "error_rate");
  const budget = errorBudget(o, t);
  return e !== null && e > budget ? [evidence("error_rate", e, ">", budget)] : null;
}

/** A queue that grows window over window, or that already costs a second of queue time at p95. */
export function queueBuilding(o: Observation, t: HealthThresholds): Condition {
  const waiting = valueOf(o.current, "waiting");
  if (waiting === null || waiting < t.waitingMin) return null;
  const base = evidence("waiting", waiting, ">=", t.waitingMin);
  const before = valueOf(o.previous, "waiting");
  if (before !== null) {
    const grown = before + Math.max(t.waitingGrowthAbs, t.waitingGrowthRel * before);
    if (waiting >= grown) return [base, evidence("waiting", waiting, ">=", grown), evidence("waiting", before, "<", waiting, { window: "previous" })];
  }
  const q = latencyOf(o.current, "queue_time", "p95");
  if (q !== null && q >= t.queueTimeP95Seconds) return [base, evidence("queue_time", q, ">=", t.queueTimeP95Seconds, { stat: "p95" })];
  return null;
}

/** TTFT or ITL p95 over the user's targets; without targets there is nothing to breach. */
export function latencySloBreach(o: Observation): Condition {
  const slo = o.settings.slo;
  const out: Evidence[] = [];
  const ttft = latencyOf(o.current, "ttft", "p95");
  if (slo?.ttftP95Seconds !== undefined && ttft !== null && ttft > slo.ttftP95Seconds) {
    out.push(evidence("ttft", ttft, ">", slo.ttftP95Seconds, { stat: "p95" }));
  }
  const itl = latencyOf(o.current, "itl", "p95");
  if (slo?.itlP95Seconds !== undefined && itl !== null && itl > slo.itlP95Seconds) {
    out.push(evidence("itl", itl, ">", slo.itlP95Seconds, { stat: "p95" }));
  }
  return out.length > 0 ? out : null;
}

/** No requests in the given window (nothing running or queued either, where known). */
export function idle(o: Observation, t: HealthThresholds, window: "current" | "previous" = "current"): Condition {
  const w = window === "current" ? o.current : o.previous;
  const rate = valueOf(w, "request_rate");
  if (rate === null || rate >= t.idleRequestRate) return null;
  if ((valueOf(w, "running") ?? 0) > 0 || (valueOf(w, "waiting") ?? 0) > 0) return null;
  return [evidence("request_rate", rate, "<", t.idleRequestRate, window === "previous" ? { window } : {})];
}

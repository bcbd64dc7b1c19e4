import { erroring, idle, kvPressure, latencySloBreach, preempting, queueBuilding, type Condition } from "../conditions.ts";
import { evidence, type Evidence } from "../evidence.ts";
import { count, pct, secs } from "../format.ts";
import type { Observation } from "../observation.ts";
import { dataAgeOf, valueOf } from "../read.ts";
import type { HealthState } from "./states.ts";
import type { HealthThresholds } from "./thresholds.ts";

export interface Finding {
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}
type Check = (o: Observation, t: HealthThresholds) => Finding | null;

const say = (c: Condition, reason: (e: readonly Evidence[]) => string): Finding | null => (c ? { reason: reason(c), evidence: c } : null);
const n = (e: Evidence | undefined): number => Number(e?.value);

/** One check per state except HEALTHY; health() runs them in HEALTH_STATES order. */
export const CHECKS: Readonly<Record<Exclude<HealthState, "healthy">, Check>> = {
  backend_down: (o) =>
    o.backend.up === false ? { reason: "The backend does not answer its metrics scrape.", evidence: [evidence("backend_up", false, "==", false)] } : null,
  no_data: (o, t) => {
    const age = dataAgeOf(o);
    if (age === null) return { reason: "No sample has arrived from this backend yet.", evidence: [] };
    return age > t.staleAfterSeconds
      ? { reason: `The newest sample is ${secs(age)} old; the values shown are the past.`, evidence: [evidence("data_age", age, ">", t.staleAfterSeconds)] }
      : null;
  },
  errors: (o, t) => say(erroring(o, t), (e) => `${pct(n(e[0]))} of requests fail, over the ${pct(Number(e[0]?.threshold))} budget.`),
  kv_cache_pressure: (o, t) => say(kvPressure(o, t), (e) => `KV cache ${pct(n(e[0]))} full: new or growing requests will be preempted.`),
  preempting: (o, t) => say(preempting(o, t), (e) => `${n(e[0]).toFixed(2)} preemptions/s: requests are evicted and their prefill recomputed.`),
  latency_slo_breach: (o) => say(latencySloBreach(o), (e) => e.map((x) => `${x.signal.toUpperCase()} p95 ${secs(n(x))} > target ${secs(Number(x.threshold))}`).join("; ") + "."),
  queue_building: (o, t) => say(queueBuilding(o, t), (e) => `${count(n(e[0]))} requests waiting on average and ${e[1]?.signal === "queue_time" ? `queue time p95 ${secs(n(e[1]))}` : "the queue is growing"}.`),
  memory_bound: memoryBound,
  gpu_underutilized: (o, t) => {
    const util = valueOf(o.current, "gpu_util");
    const rate = valueOf(o.current, "request_rate");
    if (util === null || rate === null || util >= t.underutilizedGpuUtil || rate < t.idleRequestRate) return null;
    return {
      reason: `GPUs busy ${pct(util)} of the time while serving ${rate.toFixed(2)} req/s: capacity is idle.`,
      evidence: [evidence("gpu_util", util, "<", t.underutilizedGpuUtil), evidence("request_rate", rate, ">=", t.idleRequestRate)],
    };
  },
  no_traffic: (o, t) => say(idle(o, t), () => "No requests in this window."),
};

/** Memory full and compute idle while serving; see HealthThresholds.memoryBoundKvUsage for the KV guard. */
function memoryBound(o: Observation, t: HealthThresholds): Finding | null {
  const used = valueOf(o.current, "vram_used");
  const total = valueOf(o.current, "vram_total");
  const util = valueOf(o.current, "gpu_util");
  const rate = valueOf(o.current, "request_rate");
  if (used === null || total === null || total <= 0 || util === null || rate === null) return null;
  const share = used / total;
  if (share <= t.vramUsedShare || util >= t.memoryBoundGpuUtil || rate < t.idleRequestRate) return null;
  const ev = [evidence("vram_used_share", share, ">", t.vramUsedShare), evidence("gpu_util", util, "<", t.memoryBoundGpuUtil)];
  const kv = valueOf(o.current, "kv_cache_usage");
  if (kv !== null) {
    if (kv < t.memoryBoundKvUsage) return null;
    ev.push(evidence("kv_cache_usage", kv, ">=", t.memoryBoundKvUsage));
  }
  return { reason: `VRAM ${pct(share)} used but GPUs only ${pct(util)} busy: memory, not compute, limits the batch.`, evidence: ev };
}

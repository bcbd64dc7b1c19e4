import { latencySloBreach, queueBuilding } from "../conditions.ts";
import type { Evidence } from "../evidence.ts";
import { valueOf } from "../read.ts";
import { busyGpu, rooflineOf } from "./roofline.ts";
import type { Rule } from "./types.ts";

/**
 * A busy GPU right of its ridge, with latency over SLO or a growing queue: compute is spent, and only
 * more GPUs add capacity. Data parallelism scales throughput without all-reduce cost.
 */
export const computeBoundGpu: Rule = {
  id: "compute-bound-gpu",
  evaluate(o, { thresholds: t }) {
    const roof = rooflineOf(o);
    const busy = busyGpu(o);
    if (!roof || !busy || roof.bound !== "compute") return null;
    const slo = latencySloBreach(o);
    const queue = queueBuilding(o, t);
    if (!slo && !queue) return null;
    const factor = Math.max(...(slo ?? []).map(overTarget), demandFactor(o, queue));
    const dp = o.config.dataParallelSize;
    const suggested = dp !== undefined ? Math.max(dp + 1, Math.ceil(dp * factor)) : `${Math.max(2, Math.ceil(factor))}× the current replicas`;
    return {
      id: this.id, severity: "warning",
      title: `Compute-bound on ${roof.gpu.title}: add data-parallel replicas`,
      evidence: [busy, ...roof.evidence, ...(slo ?? []), ...(queue ?? [])],
      hint: {
        flag: "--data-parallel-size", current: dp ?? null, suggested,
        effect: `${Math.round(roof.tokensPerStep)} tokens per step is past the ridge (${Math.round(roof.ridge)}): each step is FLOP-limited, so capacity must grow about ${factor.toFixed(1)}× to meet demand.` +
          (dp === undefined ? " The current data-parallel size is unknown." : ""),
        risk: "Each replica needs its own GPUs and a full copy of the weights: GPU cost grows in proportion.",
      },
    };
  },
};

/** How far a breached p95 is over its target (throughput must grow by about that much). */
const overTarget = (e: Evidence): number => Number(e.value) / Number(e.threshold);

/** Running + waiting over running: the concurrency asked for against the concurrency served. */
function demandFactor(o: Parameters<Rule["evaluate"]>[0], queue: readonly Evidence[] | null): number {
  const running = valueOf(o.current, "running");
  const waiting = valueOf(o.current, "waiting");
  if (!queue || running === null || waiting === null || running <= 0) return 1;
  return (running + waiting) / running;
}

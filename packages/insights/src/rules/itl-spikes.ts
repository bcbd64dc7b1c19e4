import { evidence, type Evidence } from "../evidence.ts";
import type { Observation } from "../observation.ts";
import { latencyOf } from "../read.ts";

/** A decode step's time is steady; p99 at 3× p50 means some steps carry a prefill several decode steps long. */
export const ITL_SPIKE_RATIO = 3;

export interface ItlSpikes {
  readonly p50: number;
  readonly p99: number;
  readonly evidence: Evidence;
}

export function itlSpikes(o: Observation): ItlSpikes | null {
  const p50 = latencyOf(o.current, "itl", "p50");
  const p99 = latencyOf(o.current, "itl", "p99");
  if (p50 === null || p99 === null || p50 <= 0 || p99 / p50 < ITL_SPIKE_RATIO) return null;
  return { p50, p99, evidence: evidence("itl_spread", p99 / p50, ">=", ITL_SPIKE_RATIO) };
}

import type { HealthThresholds } from "../health/thresholds.ts";

/** Five points under the pressure line leaves room for each sequence's context to grow as it decodes. */
export const KV_HEADROOM = 0.05;

export const kvTarget = (t: HealthThresholds): number => t.kvCacheUsage - KV_HEADROOM;

/**
 * How many sequences fit at the KV target, at today's KV use per running sequence (window averages,
 * so it already mixes short and long contexts as the workload does).
 */
export function kvFitSeqs(running: number, kvUsage: number, t: HealthThresholds): number {
  return Math.max(1, Math.floor((running * kvTarget(t)) / kvUsage));
}

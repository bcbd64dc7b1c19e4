import type { Plan } from "../plan/plan.ts";
import type { LiveSnapshot } from "./live-stats.ts";

export interface Progress {
  /** 0..1 */
  readonly fraction: number;
  /** Seconds left (NaN while unknown), "draining" once nothing is left to send. */
  readonly eta: number;
  readonly label: string;
}

/** How far the run is: by requests finished, or by time for a closed loop bounded by seconds. */
export function progressOf(plan: Plan, s: LiveSnapshot): Progress {
  const finished = s.completed + s.failed;
  if (plan.kind === "open") {
    const total = plan.requests.length;
    const lastAt = plan.requests.at(-1)?.at ?? 0;
    // Sending follows the schedule, so time left is schedule time left; past it, in-flight requests drain.
    return { fraction: total > 0 ? finished / total : 1, eta: Math.max(0, lastAt - s.elapsed), label: `${finished.toLocaleString("en-US")}/${total.toLocaleString("en-US")}` };
  }
  if (plan.seconds !== undefined && (plan.requests === undefined || s.elapsed / plan.seconds > finished / plan.requests)) {
    return { fraction: Math.min(1, s.elapsed / plan.seconds), eta: Math.max(0, plan.seconds - s.elapsed), label: `${finished.toLocaleString("en-US")} done` };
  }
  const total = plan.requests!;
  const rate = s.elapsed > 0 ? finished / s.elapsed : 0;
  return { fraction: finished / total, eta: rate > 0 ? (total - finished) / rate : Number.NaN, label: `${finished.toLocaleString("en-US")}/${total.toLocaleString("en-US")}` };
}

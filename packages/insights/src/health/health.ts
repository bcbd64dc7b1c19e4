import type { Evidence } from "../evidence.ts";
import type { Observation } from "../observation.ts";
import { CHECKS } from "./checks.ts";
import { HEALTH_STATE_INFO, HEALTH_STATES, type HealthSeverity, type HealthState } from "./states.ts";
import { DEFAULT_HEALTH_THRESHOLDS, type HealthThresholds } from "./thresholds.ts";

export interface Health {
  readonly state: HealthState;
  readonly title: string;
  readonly severity: HealthSeverity;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  /** Less severe states that hold too, in order (empty when the data itself is down or stale). */
  readonly also: readonly HealthState[];
}

const UNTRUSTED: readonly HealthState[] = ["backend_down", "no_data"];

/** The one-line verdict: the most severe state that holds, with its reason and evidence. */
export function health(o: Observation, thresholds: HealthThresholds = DEFAULT_HEALTH_THRESHOLDS): Health {
  const found: { state: HealthState; reason: string; evidence: readonly Evidence[] }[] = [];
  for (const state of HEALTH_STATES) {
    if (state === "healthy") continue;
    const f = CHECKS[state](o, thresholds);
    if (f) found.push({ state, ...f });
    if (f && found.length === 1 && UNTRUSTED.includes(state)) break;
  }
  const first = found[0] ?? { state: "healthy" as const, reason: "Serving within every threshold.", evidence: [] };
  return { ...first, ...HEALTH_STATE_INFO[first.state], also: found.slice(1).map((f) => f.state) };
}

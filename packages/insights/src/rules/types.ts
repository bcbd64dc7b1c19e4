import type { Evidence } from "../evidence.ts";
import type { GpuPrices } from "../gpus/gpu-table.ts";
import type { HealthThresholds } from "../health/thresholds.ts";
import type { Observation } from "../observation.ts";

export type Severity = "critical" | "warning" | "info";
export type HintValue = number | boolean | string;

/** What to change, to what, and what to expect; values are computed from the evidence and config. */
export interface Hint {
  /** The engine flag, e.g. "--max-num-seqs"; null when the change is not a flag (replicas, GPU type). */
  readonly flag: string | null;
  /** The value in use; null when unknown (the effect text says so). */
  readonly current: HintValue | null;
  /** null when no value can be computed from what is known (the effect says why). */
  readonly suggested: HintValue | null;
  readonly effect: string;
  readonly risk: string;
}

export interface Recommendation {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly evidence: readonly Evidence[];
  readonly hint: Hint;
}

export interface RuleContext {
  readonly thresholds: HealthThresholds;
  readonly prices: GpuPrices;
}

/** A pure rule: silent (null) unless every fact it needs is known and its thresholds are crossed. */
export interface Rule {
  readonly id: string;
  readonly evaluate: (o: Observation, ctx: RuleContext) => Recommendation | null;
}

/** "(current value unknown)" for effect texts: the brief says to say so. */
export const UNKNOWN_CURRENT = "The current value is unknown (not in cache_config_info or the launch args); check it before changing.";

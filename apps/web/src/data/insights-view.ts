// What the page shows of @throtl/insights: the health line and the recommendations.

export type HealthTone = "good" | "warn" | "bad" | "unknown";

export interface HealthView {
  /** A short state, e.g. "HEALTHY", "QUEUE BUILDING", "KV CACHE PRESSURE". */
  readonly state: string;
  readonly tone: HealthTone;
  /** One sentence: why this state. */
  readonly reason: string;
}

export interface RecommendationView {
  readonly id: string;
  readonly severity: "critical" | "warning" | "info";
  readonly title: string;
  /** The engine flag, e.g. "--max-num-seqs"; null when the change is not a flag (replicas, GPU type). */
  readonly flag: string | null;
  /** "unknown" when the value in use is not known. */
  readonly current: string;
  /** "—" when no value can be computed (the effect says why). */
  readonly suggested: string;
  readonly effect: string;
  readonly risk: string;
}

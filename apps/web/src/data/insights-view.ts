// What the page shows of @throtl/insights: the health line and the recommendations.

export type HealthTone = "good" | "warn" | "bad" | "unknown";

export interface HealthView {
  /** One word or short phrase, e.g. "healthy", "queueing", "KV-cache bound". */
  readonly state: string;
  readonly tone: HealthTone;
  /** One sentence: why this state. */
  readonly reason: string;
}

export interface RecommendationView {
  readonly id: string;
  /** The engine flag, e.g. "--max-num-seqs". */
  readonly flag: string;
  readonly current: string;
  readonly suggested: string;
  readonly effect: string;
  readonly reason: string;
}

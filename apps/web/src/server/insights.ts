// The bridge to @throtl/insights (health line, recommendations). Pending until that package lands:
// the health line then says that no verdict is available, and how much data there is.
import type { Answers } from "../data/answer.ts";
import type { HealthView, RecommendationView } from "../data/insights-view.ts";

export interface InsightsInput {
  readonly current: Answers;
  readonly previous: Answers;
  readonly windowSeconds: number;
}

export interface InsightsView {
  readonly health: HealthView;
  readonly recommendations: readonly RecommendationView[];
}

export function insightsFor(input: InsightsInput): InsightsView {
  const answers = [...input.current.values()];
  const reporting = answers.filter((a) => a.kind === "ok" && a.data !== null).length;
  if (reporting === 0) {
    return { health: { state: "no data", tone: "unknown", reason: "No signal has data in this window: is the engine being scraped, and has it served requests?" }, recommendations: [] };
  }
  return {
    health: { state: "no verdict", tone: "unknown", reason: `${reporting} of ${answers.length} signals reporting; health rules arrive with @throtl/insights.` },
    recommendations: [],
  };
}

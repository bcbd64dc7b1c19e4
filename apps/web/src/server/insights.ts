// The bridge to @throtl/insights: builds its Observation from the loaded answers and target health,
// and maps the verdicts to view data.
import { type EngineConfig, health, type Observation, recommend } from "@throtl/insights";
import type { Answers } from "../data/answer.ts";
import { healthView, recommendationView } from "../data/health-view.ts";
import type { HealthView, RecommendationView } from "../data/insights-view.ts";
import { signalValues } from "../data/observation.ts";
import type { TargetsStatus } from "./data-source.ts";
import { lengthStats, type TokenLengths } from "./token-lengths.ts";

export interface InsightsInput {
  readonly atMs: number;
  readonly windowSeconds: number;
  readonly current: Answers;
  readonly previous: Answers;
  readonly targets: Pick<TargetsStatus, "up" | "lastScrapeMs">;
  readonly slo: { readonly ttftSeconds: number; readonly itlSeconds: number; readonly availability?: number };
  readonly gpuHourlyUsd?: number;
  readonly gpuCount?: number;
  /** What the info series reveal (configFromInfo); absent: unknown. */
  readonly config?: EngineConfig;
  /** Token lengths of the current window (loadTokenLengths); absent: unknown, the length rules stay silent. */
  readonly tokens?: TokenLengths;
}

export interface InsightsView {
  readonly health: HealthView;
  readonly recommendations: readonly RecommendationView[];
}

export function observationOf(i: InsightsInput): Observation {
  const slo = { ttft: i.slo.ttftSeconds, itl: i.slo.itlSeconds };
  return {
    at: i.atMs / 1000,
    windowSeconds: i.windowSeconds,
    backend: { up: i.targets.up, lastSampleAt: i.targets.lastScrapeMs === null ? null : i.targets.lastScrapeMs / 1000 },
    current: signalValues(i.current, slo),
    previous: signalValues(i.previous, slo),
    config: i.config ?? {},
    promptTokens: lengthStats(i.tokens?.prompt),
    outputTokens: lengthStats(i.tokens?.output),
    settings: {
      slo: { ttftP95Seconds: i.slo.ttftSeconds, itlP95Seconds: i.slo.itlSeconds, ...(i.slo.availability !== undefined ? { availability: i.slo.availability } : {}) },
      ...(i.gpuHourlyUsd !== undefined ? { gpuHourlyUsd: i.gpuHourlyUsd } : {}),
      ...(i.gpuCount !== undefined ? { gpuCount: i.gpuCount } : {}),
    },
  };
}

export function insightsFor(i: InsightsInput): InsightsView {
  const o = observationOf(i);
  return { health: healthView(health(o)), recommendations: recommend(o).map(recommendationView) };
}

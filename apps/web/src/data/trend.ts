// Trend arrows: @throtl/insights decides direction and verdict (direction-aware, with per-unit noise
// floors); this mapper only words them for a tile.
import { trend, type Trend, type Value } from "@throtl/insights";
import type { SignalId } from "@throtl/signals";
import { type Answer, toValue } from "./answer.ts";

export type TrendDirection = "up" | "down" | "flat" | "none";
export type Tone = "good" | "bad" | "neutral";

export interface TrendView {
  readonly direction: TrendDirection;
  readonly tone: Tone;
  /** e.g. "+12% vs previous 1 hour", "no earlier data". */
  readonly label: string;
}

export const NO_EARLIER: TrendView = { direction: "none", tone: "neutral", label: "no earlier data" };

const TONE: Record<Trend["verdict"], Tone> = { better: "good", worse: "bad", neutral: "neutral" };

function changeText(changePct: number | null): string {
  if (changePct === null) return "from 0";
  const rounded = Math.round(Math.abs(changePct));
  if (rounded >= 1000) return `×${Math.round(changePct / 100 + 1)}`;
  return `${changePct >= 0 ? "+" : "−"}${rounded}%`;
}

export function trendView(t: Trend | null, windowLabel: string): TrendView {
  if (t === null) return NO_EARLIER;
  const vs = `vs previous ${windowLabel}`;
  if (t.direction === "flat") return { direction: "flat", tone: "neutral", label: `steady ${vs}` };
  return { direction: t.direction, tone: TONE[t.verdict], label: `${changeText(t.changePct)} ${vs}` };
}

export function signalTrend(signal: SignalId, current: Answer | undefined, previous: Answer | undefined, windowLabel: string): TrendView {
  return trendView(trend(signal, toValue(current), toValue(previous)), windowLabel);
}

/**
 * SLO attainment is no catalog signal. Its complement, the share of requests over target, is a
 * ratio where lower is better, like error_rate: insights judges that one, and the arrow is flipped
 * back to show attainment's direction.
 */
export function attainmentTrend(current: Answer | undefined, previous: Answer | undefined, windowLabel: string): TrendView {
  const complement = (v: Value | undefined): Value | undefined => (typeof v === "number" ? 1 - v : v);
  const cur = toValue(current);
  const prev = toValue(previous);
  const t = trend("error_rate", complement(cur), complement(prev));
  if (t === null || typeof cur !== "number" || typeof prev !== "number") return trendView(t, windowLabel);
  const direction = t.direction === "up" ? "down" : t.direction === "down" ? "up" : "flat";
  return trendView({ direction, verdict: t.verdict, changePct: prev === 0 ? null : ((cur - prev) / Math.abs(prev)) * 100 }, windowLabel);
}

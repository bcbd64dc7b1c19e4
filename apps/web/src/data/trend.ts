// Direction-aware trend of a value against the previous window. Interim: @throtl/insights owns trend
// rules; this mapper only turns two numbers into an arrow until its trend function is wired in.
import type { Better } from "@throtl/signals";

export type TrendDirection = "up" | "down" | "flat" | "none";
export type Tone = "good" | "bad" | "neutral";

export interface TrendView {
  readonly direction: TrendDirection;
  readonly tone: Tone;
  /** e.g. "+12% vs previous 1 hour", "no earlier data". */
  readonly label: string;
}

/** Changes under 5 % read as flat: below that, scrape jitter dominates a rate. */
export const FLAT_BAND = 0.05;

const usable = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

export function trendOf(current: number | null | undefined, previous: number | null | undefined, better: Better, windowLabel: string): TrendView {
  if (!usable(current) || !usable(previous)) return { direction: "none", tone: "neutral", label: "no earlier data" };
  const vs = `vs previous ${windowLabel}`;
  if (previous === 0) {
    if (current === 0) return { direction: "flat", tone: "neutral", label: `unchanged ${vs}` };
    const direction = current > 0 ? "up" : "down";
    return { direction, tone: toneOf(direction, better), label: `from 0 ${vs}` };
  }
  const change = (current - previous) / Math.abs(previous);
  if (Math.abs(change) < FLAT_BAND) return { direction: "flat", tone: "neutral", label: `±${Math.round(Math.abs(change) * 100)}% ${vs}` };
  const direction = change > 0 ? "up" : "down";
  const pct = Math.abs(change) >= 10 ? `${change > 0 ? "×" : "÷"}${Math.round(change > 0 ? current / previous : previous / current)}` : `${change > 0 ? "+" : "−"}${Math.round(Math.abs(change) * 100)}%`;
  return { direction, tone: toneOf(direction, better), label: `${pct} ${vs}` };
}

function toneOf(direction: "up" | "down", better: Better): Tone {
  if (better === "neutral") return "neutral";
  return (direction === "up") === (better === "higher") ? "good" : "bad";
}

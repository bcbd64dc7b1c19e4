import { SIGNALS, type SignalId } from "@throtl/signals";
import type { Value } from "./observation.ts";
import { noiseFor, type NoiseThreshold } from "./noise.ts";
import { num } from "./read.ts";

export type TrendDirection = "up" | "down" | "flat";
export type TrendVerdict = "better" | "worse" | "neutral";

export interface Trend {
  readonly direction: TrendDirection;
  /** From the signal's `better`: green when better, red when worse, whichever way the arrow points. */
  readonly verdict: TrendVerdict;
  /** (current - previous) / |previous| in percent; null when the previous value is 0. */
  readonly changePct: number | null;
}

/**
 * The arrow beside a value: current against the previous window. Null when either side has no number
 * (no data, unsupported), so the panel draws no arrow rather than a false "flat".
 */
export function trend(signal: SignalId, current: Value | undefined, previous: Value | undefined, noise?: Partial<NoiseThreshold>): Trend | null {
  const cur = num(current);
  const prev = num(previous);
  if (cur === null || prev === null) return null;
  const def = SIGNALS[signal];
  const bar = { ...noiseFor(def.unit), ...noise };
  const delta = cur - prev;
  const changePct = prev === 0 ? null : (delta / Math.abs(prev)) * 100;
  const significant = Math.abs(delta) > Math.max(bar.absolute, bar.relative * Math.abs(prev));
  if (!significant) return { direction: "flat", verdict: "neutral", changePct };
  const direction: TrendDirection = delta > 0 ? "up" : "down";
  return { direction, verdict: verdictOf(def.better, direction), changePct };
}

function verdictOf(better: "higher" | "lower" | "neutral", direction: "up" | "down"): TrendVerdict {
  if (better === "neutral") return "neutral";
  return (better === "higher") === (direction === "up") ? "better" : "worse";
}

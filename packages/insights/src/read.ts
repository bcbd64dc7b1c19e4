import type { LatencyStat } from "@throtl/signals";
import type { LatencySignalId, LengthStats, Observation, SignalValues, Value } from "./observation.ts";

type ValueSignalId = Exclude<keyof SignalValues, LatencySignalId>;

/** A usable number, or null for no data, "unsupported" and non-finite values. */
export function num(v: Value | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function valueOf(w: SignalValues, signal: ValueSignalId): number | null {
  return num(w[signal] as Value | undefined);
}

export function latencyOf(w: SignalValues, signal: LatencySignalId, stat: LatencyStat): number | null {
  return num(w[signal]?.[stat]);
}

/** The longest observed request tail: p99 when the histogram gives it, else p95. */
export function tailOf(s: LengthStats): number | null {
  return num(s.p99) ?? num(s.p95);
}

/** GPUs paid for: the user's setting first (they know the bill), then the config. */
export function gpuCountOf(o: Observation): number | null {
  const n = o.settings.gpuCount ?? o.config.gpuCount ?? null;
  return n !== null && n > 0 ? n : null;
}

/** Seconds since the newest sample; null when there never was one. */
export function dataAgeOf(o: Observation): number | null {
  return o.backend.lastSampleAt === null ? null : Math.max(0, o.at - o.backend.lastSampleAt);
}

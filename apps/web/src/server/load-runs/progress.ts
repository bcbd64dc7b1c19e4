// Live progress of a run from the load generator's per-second counters (LiveStats). Pure: the
// elapsed time is an argument. NaN (no value yet) becomes null, as it does in JSON.
import type { LiveSnapshot } from "@throtl/loadgen";

export interface LoadProgress {
  readonly elapsedSeconds: number;
  /** Until the last request is sent; null once it is (what is in flight ends within the timeout). */
  readonly etaSeconds: number | null;
  /** 0..1, of the requests planned (open loop) or of the span or request cap (closed loop). */
  readonly fraction: number;
  readonly planned: number;
  readonly sent: number;
  readonly completed: number;
  readonly failed: number;
  readonly inFlight: number;
  /** Over the last RATE_WINDOW whole seconds. */
  readonly requestRate: number | null;
  readonly inputTokensPerSecond: number | null;
  readonly outputTokensPerSecond: number | null;
  /** p95 over the load generator's 5 s latency window, at the last whole second. */
  readonly ttftP95: number | null;
  readonly tpotP95: number | null;
  /** One point per whole second since the start (the last CHART_POINTS). */
  readonly series: {
    readonly t: readonly number[];
    readonly requestRate: readonly number[];
    readonly outputTokensPerSecond: readonly number[];
    readonly ttftP95: readonly (number | null)[];
    readonly tpotP95: readonly (number | null)[];
  };
}

/** Rates average this many whole seconds: one second of a low-rate run is mostly 0 or 1. */
export const RATE_WINDOW = 5;
export const CHART_POINTS = 120;

export interface ProgressShape {
  readonly kind: "open" | "closed";
  readonly planned: number;
  readonly sendSeconds: number;
}

const finite = (v: number | undefined): number | null => (v === undefined || !Number.isFinite(v) ? null : v);

function windowMean(values: readonly number[]): number | null {
  const w = values.slice(-RATE_WINDOW);
  return w.length === 0 ? null : w.reduce((a, v) => a + v, 0) / w.length;
}

/** sending: requests still due; draining: all sent, some in flight; complete / stopped: the run ended (stopped: cancelled). */
export type Phase = "sending" | "draining" | "complete" | "stopped";

export function toProgress(live: LiveSnapshot, shape: ProgressShape, phase: Phase): LoadProgress {
  const t = live.elapsed;
  const s = live.series;
  const first = Math.max(0, Math.floor(t) - s.requestRate.length);
  let fraction = shape.planned > 0 ? live.sent / shape.planned : 0;
  let eta: number | null = Math.max(0, shape.sendSeconds - t);
  if (shape.kind === "closed") {
    fraction = Math.max(fraction, t / shape.sendSeconds);
    // The request cap may end a closed loop first: extrapolate from the send rate so far.
    if (live.sent > 0) eta = Math.min(eta, ((shape.planned - live.sent) * t) / live.sent);
  }
  if (phase !== "sending") eta = null;
  if (phase === "draining" || phase === "complete") fraction = 1;
  return {
    elapsedSeconds: t,
    etaSeconds: eta,
    fraction: Math.min(1, Math.max(0, fraction)),
    planned: shape.planned,
    sent: live.sent, completed: live.completed, failed: live.failed, inFlight: live.inFlight,
    requestRate: windowMean(s.requestRate),
    inputTokensPerSecond: windowMean(s.inputTokensPerSecond),
    outputTokensPerSecond: windowMean(s.outputTokensPerSecond),
    ttftP95: finite(s.ttftP95.at(-1)),
    tpotP95: finite(s.tpotP95.at(-1)),
    series: {
      t: s.requestRate.map((_, i) => first + i + 1),
      requestRate: s.requestRate,
      outputTokensPerSecond: s.outputTokensPerSecond,
      ttftP95: s.ttftP95.map(finite),
      tpotP95: s.tpotP95.map(finite),
    },
  };
}

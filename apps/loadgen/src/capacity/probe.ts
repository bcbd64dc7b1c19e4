import { summarizeRun } from "../report/summary.ts";
import type { RequestResult } from "../run/result.ts";
import type { SloSpec } from "../spec/run-spec.ts";
import { detectSaturation } from "./saturation.ts";

/** One point of the measured curve: what was offered, what came back, and the verdict. */
export interface Probe {
  readonly rate: number;
  /** Requests finished per second over the probe's second half (warm-up excluded). */
  readonly achievedRate: number;
  readonly sent: number;
  readonly completed: number;
  readonly failed: number;
  /** Still running when the probe's drain time ran out (cancelled). */
  readonly unfinished: number;
  /** The SLO percentile of each latency, seconds (NaN when not measured). */
  readonly ttft: number;
  readonly itl: number;
  readonly e2e: number;
  readonly errorRate: number;
  readonly outputTokensPerSecond: number;
  readonly sloPass: boolean;
  readonly saturation?: string;
  readonly pass: boolean;
}

/** Pure: a probe's results → its point on the curve. It passes when the SLO holds and nothing saturates. */
export function evaluateProbe(rate: number, results: readonly RequestResult[], probeSeconds: number, slo: SloSpec): Probe {
  const s = summarizeRun(results, probeSeconds, slo);
  const p = `p${slo.percentile}` as const;
  const half = probeSeconds / 2;
  const finished = results.filter((r) => r.error?.kind !== "aborted" && r.sent + r.e2e >= half && r.sent + r.e2e < probeSeconds).length;
  const saturation = detectSaturation(results, probeSeconds);
  const sloPass = s.slo?.pass ?? true;
  return {
    rate, achievedRate: finished / half, sent: s.requests.sent, completed: s.requests.completed, failed: s.requests.failed,
    unfinished: s.requests.cancelled, ttft: s.ttft[p], itl: s.itl[p], e2e: s.e2e[p], errorRate: s.requests.errorRate,
    outputTokensPerSecond: s.outputTokensPerSecond, sloPass,
    ...(saturation ? { saturation } : {}),
    pass: sloPass && saturation === undefined,
  };
}

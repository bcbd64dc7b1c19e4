import type { Distribution } from "@throtl/simulator";
import type { RequestResult } from "../run/result.ts";
import type { SloSpec } from "../spec/run-spec.ts";
import { tpotOf } from "./gaps.ts";
import type { RunSummary } from "./summary.ts";

export interface SloCheck {
  readonly measured: number;
  readonly target: number;
  readonly pass: boolean;
}

export interface SloReport {
  readonly targets: SloSpec;
  /** Completed requests meeting every per-request target. */
  readonly met: number;
  /** met / (completed + failed): failed requests count as missed. */
  readonly attainment: number;
  /** met per second of the run. */
  readonly goodput: number;
  /** The run as a whole: the chosen percentile of each latency, and the error rate, against the targets. */
  readonly checks: { readonly ttft?: SloCheck; readonly itl?: SloCheck; readonly e2e?: SloCheck; readonly errorRate?: SloCheck };
  readonly pass: boolean;
}

/**
 * Per request: TTFT, mean inter-token gap (vLLM's goodput "tpot") and E2E within their targets. Per run:
 * the percentile of TTFT, of the pooled ITL and of E2E, and the error rate; no completed request fails.
 */
export function judgeSlo(s: Omit<RunSummary, "slo">, done: readonly RequestResult[], t: SloSpec, durationSeconds: number): SloReport {
  const met = done.filter((r) =>
    (t.ttft === undefined || r.ttft <= t.ttft) &&
    (t.itl === undefined || !(tpotOf(r) > t.itl)) &&
    (t.e2e === undefined || r.e2e <= t.e2e)).length;
  const finished = s.requests.completed + s.requests.failed;
  const at = (d: Distribution) => d[`p${t.percentile}`];
  const check = (measured: number, target: number | undefined): SloCheck | undefined =>
    target === undefined ? undefined : { measured, target, pass: measured <= target };
  const checks = {
    ttft: check(at(s.ttft), t.ttft),
    itl: check(at(s.itl), t.itl),
    e2e: check(at(s.e2e), t.e2e),
    errorRate: check(s.requests.errorRate, t.errorRate),
  };
  const present = Object.values(checks).filter((c): c is SloCheck => c !== undefined);
  return {
    targets: t, met,
    attainment: finished > 0 ? met / finished : Number.NaN,
    goodput: durationSeconds > 0 ? met / durationSeconds : Number.NaN,
    checks: Object.fromEntries(Object.entries(checks).filter(([, c]) => c !== undefined)),
    pass: s.requests.completed > 0 && present.every((c) => c.pass),
  };
}

import { distribution, type Distribution } from "@throtl/simulator";
import { ERROR_KINDS, type ErrorKind } from "../client/exchange.ts";
import type { RequestResult } from "../run/result.ts";
import type { SloSpec } from "../spec/run-spec.ts";
import { pooledGaps, tpotOf } from "./gaps.ts";
import { judgeSlo, type SloReport } from "./slo.ts";

export interface RunSummary {
  readonly requests: {
    readonly sent: number;
    readonly completed: number;
    /** Errors of every kind but "aborted". */
    readonly failed: number;
    /** Cancelled by the load generator itself (stopped run, drained probe): neither completed nor failed. */
    readonly cancelled: number;
    /** failed / (completed + failed); NaN when nothing finished. */
    readonly errorRate: number;
    readonly errors: Readonly<Record<ErrorKind, number>>;
    /** The most frequent error messages, with counts. */
    readonly topErrors: readonly { readonly message: string; readonly count: number }[];
  };
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  /** Tokens of completed requests (the server's usage when it reported one). */
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly inputTokensPerSecond: number;
  readonly outputTokensPerSecond: number;
  /** Seconds, over completed requests. itl pools every gap between text chunks; tpot is each request's mean gap. */
  readonly ttft: Distribution;
  readonly itl: Distribution;
  readonly tpot: Distribution;
  readonly e2e: Distribution;
  /** Send time minus schedule, seconds, over every request sent. */
  readonly lateness: Distribution;
  readonly bytes: { readonly tx: number; readonly rx: number };
  readonly slo?: SloReport;
}

/** Pure: results → the run's summary (percentiles with numpy's interpolation, as vLLM's benchmark). */
export function summarizeRun(results: readonly RequestResult[], durationSeconds: number, slo?: SloSpec): RunSummary {
  const done = results.filter((r) => !r.error);
  const errors = Object.fromEntries(ERROR_KINDS.map((k) => [k, 0])) as Record<ErrorKind, number>;
  const messages = new Map<string, number>();
  for (const r of results) {
    if (!r.error) continue;
    errors[r.error.kind]++;
    if (r.error.kind !== "aborted") messages.set(r.error.message, (messages.get(r.error.message) ?? 0) + 1);
  }
  const cancelled = errors.aborted;
  const failed = results.length - done.length - cancelled;
  const rate = (n: number) => (durationSeconds > 0 ? n / durationSeconds : Number.NaN);
  const inputTokens = done.reduce((a, r) => a + r.promptTokens, 0);
  const outputTokens = done.reduce((a, r) => a + r.outputTokens, 0);
  const summary: RunSummary = {
    requests: {
      sent: results.length, completed: done.length, failed, cancelled,
      errorRate: done.length + failed > 0 ? failed / (done.length + failed) : Number.NaN, errors,
      topErrors: [...messages].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([message, count]) => ({ message, count })),
    },
    durationSeconds,
    requestsPerSecond: rate(done.length),
    inputTokens, outputTokens,
    inputTokensPerSecond: rate(inputTokens),
    outputTokensPerSecond: rate(outputTokens),
    ttft: distribution(done.filter((r) => !Number.isNaN(r.ttft)).map((r) => r.ttft)),
    itl: distribution(pooledGaps(done)),
    tpot: distribution(done.map(tpotOf).filter((v) => !Number.isNaN(v))),
    e2e: distribution(done.map((r) => r.e2e)),
    lateness: distribution(results.map((r) => r.sent - r.scheduled).filter((v) => !Number.isNaN(v))),
    bytes: { tx: results.reduce((a, r) => a + r.txBytes, 0), rx: results.reduce((a, r) => a + r.rxBytes, 0) },
  };
  return slo ? { ...summary, slo: judgeSlo(summary, done, slo, durationSeconds) } : summary;
}

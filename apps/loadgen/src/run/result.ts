import type { ErrorKind, Exchange } from "../client/exchange.ts";
import type { PlannedRequest } from "../plan/plan.ts";

/** One request's measurements, in seconds since the run started (durations in seconds too). */
export interface RequestResult {
  readonly index: number;
  readonly scheduled: number;
  readonly sent: number;
  /** First text chunk − sent; NaN when none came (errors, non-streaming). */
  readonly ttft: number;
  readonly e2e: number;
  /** Each text chunk's arrival, seconds since the run started. */
  readonly tokenTimes: readonly number[];
  /** From the server's usage when it reported one, else the planned prompt and the chunks counted. */
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly usageReported: boolean;
  readonly status: number;
  readonly error?: { readonly kind: ErrorKind; readonly message: string };
  readonly txBytes: number;
  readonly rxBytes: number;
  readonly responseId?: string;
  readonly finishReason?: string;
}

/** An exchange (performance.now() ms) as a result relative to the run's start `t0Ms`. */
export function toResult(req: PlannedRequest, scheduledMs: number, x: Exchange, t0Ms: number): RequestResult {
  const s = (ms: number) => (ms - t0Ms) / 1000;
  const tokenTimes = x.tokenTimes.map(s);
  return {
    index: req.index,
    scheduled: s(scheduledMs),
    sent: s(x.sentAt),
    ttft: x.tokenTimes.length > 0 ? (x.tokenTimes[0]! - x.sentAt) / 1000 : Number.NaN,
    e2e: (x.endAt - x.sentAt) / 1000,
    tokenTimes,
    promptTokens: x.usage?.promptTokens ?? req.promptTokens,
    outputTokens: x.usage?.completionTokens ?? x.tokenTimes.length,
    usageReported: x.usage !== undefined,
    status: x.status,
    ...(x.error ? { error: x.error } : {}),
    txBytes: x.txBytes,
    rxBytes: x.rxBytes,
    ...(x.responseId ? { responseId: x.responseId } : {}),
    ...(x.finishReason ? { finishReason: x.finishReason } : {}),
  };
}

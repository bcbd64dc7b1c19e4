import type { RequestResult } from "./result.ts";

/** A completed request for tests: sent at `sent`, first token after `ttft`, then one token every `gap`. */
export function okResult(over: Partial<RequestResult> & { gap?: number; tokens?: number } = {}): RequestResult {
  const { gap = 0.02, tokens = 4, ...rest } = over;
  const sent = rest.sent ?? 0;
  const ttft = rest.ttft ?? 0.1;
  const tokenTimes = Array.from({ length: tokens }, (_, i) => sent + ttft + i * gap);
  return {
    index: 0, scheduled: sent, sent, ttft, e2e: ttft + (tokens - 1) * gap, tokenTimes, promptTokens: 10, outputTokens: tokens,
    usageReported: true, status: 200, txBytes: 100, rxBytes: 1000, ...rest,
  };
}

export function failedResult(kind: NonNullable<RequestResult["error"]>["kind"], message: string, over: Partial<RequestResult> = {}): RequestResult {
  return {
    index: 0, scheduled: 0, sent: 0, ttft: Number.NaN, e2e: 0.01, tokenTimes: [], promptTokens: 10, outputTokens: 0,
    usageReported: false, status: kind === "http" ? 500 : 0, error: { kind, message }, txBytes: 0, rxBytes: 0, ...over,
  };
}

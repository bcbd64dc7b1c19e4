import type { RequestRecord } from "@throtl/simulator";

/** The per-request durations vLLM's FinishedRequestStats carries, in seconds. */
export interface RequestPhases {
  /** arrival -> last token (or abort). */
  readonly e2e: number;
  /** arrival -> first scheduling; a request never scheduled spent all of e2e here. */
  readonly queue: number;
  /** first scheduling -> first token. */
  readonly prefill: number;
  /** first token -> last token. */
  readonly decode: number;
  /** first scheduling -> last token (prefill + decode, preemptions included). */
  readonly inference: number;
  /** decode / (output tokens - 1); 0 for requests with at most one token, as vLLM records it. */
  readonly tpot: number;
}

export function requestPhases(r: RequestRecord): RequestPhases {
  const e2e = r.finishedAt - r.arrival;
  if (Number.isNaN(r.scheduledAt)) return { e2e, queue: e2e, prefill: 0, decode: 0, inference: 0, tpot: 0 };
  const queue = r.scheduledAt - r.arrival;
  const inference = r.finishedAt - r.scheduledAt;
  if (Number.isNaN(r.firstTokenAt)) return { e2e, queue, prefill: inference, decode: 0, inference, tpot: 0 };
  const prefill = r.firstTokenAt - r.scheduledAt;
  const decode = r.finishedAt - r.firstTokenAt;
  return { e2e, queue, prefill, decode, inference, tpot: r.outputTokens > 1 ? decode / (r.outputTokens - 1) : 0 };
}

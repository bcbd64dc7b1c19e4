import type { RequestInput } from "@throtl/simulator";
import type { TraceRequest } from "./types.ts";

export interface ToRequestsOptions {
  /** Request ids are `${idPrefix}${index}`. */
  readonly idPrefix?: string;
}

/**
 * Trace rows as simulator requests. The recorded output length becomes the EOS position (`stopAt`,
 * finish_reason "stop"), not `max_tokens`, as the original clients mostly stopped on EOS. vLLM rejects
 * empty prompts and max_tokens 0, so 0-token rows (BurstGPT failures) are replayed as 1 token.
 */
export function toRequestInputs(requests: readonly TraceRequest[], opts: ToRequestsOptions = {}): RequestInput[] {
  const prefix = opts.idPrefix ?? "trace-";
  const out = new Array<RequestInput>(requests.length);
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i]!;
    out[i] = { id: `${prefix}${i}`, arrival: r.arrival, promptTokens: Math.max(1, r.promptTokens), stopAt: Math.max(1, r.outputTokens) };
  }
  return out;
}

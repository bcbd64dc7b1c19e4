import type { RequestInput, RequestView } from "./types.ts";

/** Mutable per-request state inside one engine. */
export class RequestState implements RequestView {
  outputTokens = 0;
  /** Tokens whose KV is in the cache (vLLM's num_computed_tokens). */
  numComputed = 0;
  /** Physical blocks held; the first `numHashed` are shared prefix-cache entries. */
  numBlocks = 0;
  numHashed = 0;
  /** Stop publishing blocks once one was already cached by someone else. */
  publishing = true;
  cachedTokens = -1;
  scheduledAt = Number.NaN;
  firstTokenAt = Number.NaN;
  numPreemptions = 0;
  running = false;
  readonly tokenTimes: number[] | undefined;
  readonly promptTokens: number;
  readonly maxTokens: number;
  /** Output length at which the request finishes, and why. */
  readonly target: number;
  readonly targetReason: "stop" | "length";

  constructor(readonly input: RequestInput, readonly engine: number, maxModelLen: number, recordTokenTimes: boolean) {
    this.promptTokens = input.promptTokens;
    this.maxTokens = input.maxTokens ?? maxModelLen - input.promptTokens;
    const stop = input.stopAt ?? Number.POSITIVE_INFINITY;
    this.target = Math.min(this.maxTokens, stop);
    this.targetReason = stop < this.maxTokens ? "stop" : "length";
    this.tokenTimes = recordTokenTimes ? [] : undefined;
  }

  get numTokens(): number {
    return this.promptTokens + this.outputTokens;
  }
}

/** What a client asks for. Times are seconds of virtual time; token counts are what matter. */
export interface RequestInput {
  readonly id: string;
  readonly arrival: number;
  readonly promptTokens: number;
  /** The request's `max_tokens` (vLLM's default when absent: max_model_len - prompt). */
  readonly maxTokens?: number;
  /**
   * Where the model would emit EOS on its own (finish_reason "stop"). Absent, or with `ignore_eos`,
   * generation runs to `maxTokens` (finish_reason "length").
   */
  readonly stopAt?: number;
  /**
   * Content hashes of the prompt's full KV blocks, chained (hash i covers tokens 0..(i+1)*block_size).
   * Equal prefixes give equal leading hashes; that is what prefix caching matches on.
   */
  readonly blockHashes?: readonly number[];
  /** `n` and `max_tokens` as sent, for the request-parameter histograms; defaults 1 and maxTokens. */
  readonly paramsN?: number;
}

export type FinishReason = "stop" | "length" | "abort";

export type RejectReason = "prompt_too_long" | "max_tokens_too_large";

/** Why a request was refused before it was queued (an HTTP 400 in the server). */
export interface Rejection {
  readonly reason: RejectReason;
  readonly message: string;
}

/** Ground truth for one finished (or aborted) request. */
export interface RequestRecord {
  readonly id: string;
  readonly engine: number;
  readonly arrival: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly maxTokens: number;
  readonly cachedTokens: number;
  readonly finishReason: FinishReason;
  /** First time the scheduler picked the request (end of queueing); NaN if never scheduled. */
  readonly scheduledAt: number;
  readonly firstTokenAt: number;
  readonly finishedAt: number;
  readonly numPreemptions: number;
  /** Every output token's emission time, when the engine was asked to record them. */
  readonly tokenTimes?: readonly number[];
  readonly paramsN: number;
}

/** What one engine step did; `start + duration` is when its tokens appear. */
export interface StepStats {
  readonly engine: number;
  readonly start: number;
  readonly duration: number;
  /** Time the step would take if only compute (resp. only memory traffic) bounded it. */
  readonly computeTime: number;
  readonly memoryTime: number;
  readonly numSeqs: number;
  readonly numTokens: number;
  readonly numPrefillTokens: number;
  readonly numDecodeSeqs: number;
  readonly flops: number;
  readonly bytes: number;
  /** Fraction of KV blocks in use after the step (vLLM's kv_cache_usage_perc). */
  readonly kvUsage: number;
  readonly numRunning: number;
  readonly numWaiting: number;
  readonly numPreempted: number;
}

/** Live view of a request while it is in an engine. Read-only for observers. */
export interface RequestView {
  readonly input: RequestInput;
  readonly engine: number;
  readonly outputTokens: number;
}

/**
 * Hooks for whoever turns the simulation into metrics, streams or records. Called synchronously in
 * virtual-time order; they must not throw and must not mutate the engine.
 */
export interface EngineObserver {
  onStep?(s: StepStats): void;
  /** A new output token for `req` at time `t` (the first one is the TTFT moment). */
  onToken?(req: RequestView, t: number): void;
  onPreempt?(req: RequestView, t: number): void;
  /** Prompt tokens looked up in the prefix cache and how many hit (vLLM counts tokens, not blocks). */
  onPrefixCacheQuery?(engine: number, queried: number, hits: number): void;
  onFinish?(rec: RequestRecord): void;
}

import { hashTokenBlocks, type RequestInput, type RequestRecord } from "@throtl/simulator";
import type { GenerationPlan } from "./plan-request.ts";
import type { RequestDraw } from "./stop-length.ts";

/** Whoever waits on a request's output: a stream or a non-streaming response. */
export interface GenerationListener {
  /** Output token number `count` (1-based) was emitted at virtual time `t`. */
  onToken(count: number, t: number): void;
  onFinish(rec: RequestRecord): void;
}

/** The simulator's input plus the listener the driver hands tokens to, found without a map lookup. */
export interface ServedRequest extends RequestInput {
  readonly listener: GenerationListener | undefined;
}

export interface EngineShape {
  readonly blockSize: number;
  readonly enablePrefixCaching: boolean;
}

export function toServedRequest(
  plan: GenerationPlan, draw: RequestDraw, arrival: number, engine: EngineShape, listener: GenerationListener | undefined,
): ServedRequest {
  return {
    id: plan.id,
    arrival,
    promptTokens: plan.promptIds.length,
    maxTokens: plan.maxTokens,
    // min_tokens holds EOS back; ignore_eos removes it (the request runs to max_tokens).
    stopAt: plan.ignoreEos ? undefined : Math.max(draw.stopAt, plan.minTokens),
    blockHashes: engine.enablePrefixCaching ? hashTokenBlocks(plan.promptIds, engine.blockSize) : undefined,
    paramsN: 1,
    listener,
  };
}

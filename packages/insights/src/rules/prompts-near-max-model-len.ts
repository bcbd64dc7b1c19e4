import { evidence } from "../evidence.ts";
import { count } from "../format.ts";
import { tailOf, valueOf } from "../read.ts";
import { nextPow2 } from "../math.ts";
import { LENGTH_HEADROOM } from "./shorten-max-model-len.ts";
import type { Rule } from "./types.ts";

/** Within 10 % of the limit, a slightly longer prompt or a larger max_tokens is already refused. */
export const NEAR_LIMIT = 0.9;

/** The request tail (p99 prompt + p95 output) is close to --max-model-len: requests are being refused. */
export const promptsNearMaxModelLen: Rule = {
  id: "prompts-near-max-model-len",
  evaluate(o) {
    const limit = o.config.maxModelLen;
    const prompt = tailOf(o.promptTokens);
    if (limit === undefined || prompt === null) return null;
    const tail = prompt + (tailOf(o.outputTokens) ?? 0);
    if (tail < NEAR_LIMIT * limit) return null;
    const { numGpuBlocks: blocks, blockSize } = o.config;
    // vLLM refuses to start when one max-length request does not fit the KV cache.
    const kvTokens = blocks !== undefined && blockSize !== undefined ? blocks * blockSize : null;
    const wanted = nextPow2(tail * LENGTH_HEADROOM);
    const suggested = kvTokens !== null ? Math.min(wanted, kvTokens) : wanted;
    const errors = valueOf(o.current, "error_rate");
    return {
      id: this.id, severity: "warning",
      title: "Requests reach --max-model-len: longer ones are refused",
      evidence: [
        evidence("request_tokens_tail", tail, ">=", NEAR_LIMIT * limit),
        ...(errors !== null && errors > 0 ? [evidence("error_rate", errors, ">", 0)] : []),
      ],
      hint: {
        flag: "--max-model-len", current: limit, suggested: suggested > limit ? suggested : null,
        effect: suggested > limit
          ? `Requests up to ${count(suggested)} tokens fit (today's tail: ${count(tail)} of ${count(limit)}).` + (suggested < wanted ? ` Capped by the KV cache (${count(kvTokens ?? 0)} tokens).` : "")
          : `The KV cache holds only ${count(kvTokens ?? 0)} tokens, so the limit cannot rise without more KV memory (--gpu-memory-utilization, --kv-cache-dtype fp8, more GPUs).`,
        risk: "Longer requests hold more KV blocks, so fewer run at once; the model must support the length (max_position_embeddings, RoPE scaling).",
      },
    };
  },
};

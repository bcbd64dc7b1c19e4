import { evidence } from "../evidence.ts";
import { count, secs } from "../format.ts";
import { num } from "../read.ts";
import { itlSpikes } from "./itl-spikes.ts";
import { prevPow2 } from "../math.ts";
import type { Rule } from "./types.ts";

/** Prompts that fill half a step's budget make prefill chunks the bulk of the steps they join. */
export const LONG_PROMPT_SHARE = 0.5;
/** Without an ITL SLO, aim for p99 at twice p50: spikes stay visible but stop dominating. */
export const DEFAULT_P99_OVER_P50 = 2;

/**
 * ITL spikes while long prompts are chunked: a step time is roughly decode time plus a part
 * proportional to its prefill chunk, so the chunk is scaled to bring p99 down to the target.
 */
export const lowerMaxNumBatchedTokens: Rule = {
  id: "lower-max-num-batched-tokens",
  evaluate(o) {
    const spikes = itlSpikes(o);
    const budget = o.config.maxNumBatchedTokens;
    const prompt = num(o.promptTokens.p95);
    if (!spikes || budget === undefined || prompt === null || o.config.enableChunkedPrefill === false) return null;
    if (prompt < LONG_PROMPT_SHARE * budget) return null;
    const { p50, p99 } = spikes;
    const target = o.settings.slo?.itlP95Seconds ?? DEFAULT_P99_OVER_P50 * p50;
    if (target <= p50) return null; // decode alone is too slow: a smaller chunk cannot help
    // vLLM requires the budget to hold at least one token per sequence.
    const suggested = Math.max(prevPow2((budget * (target - p50)) / (p99 - p50)), o.config.maxNumSeqs ?? 1);
    if (suggested >= budget) return null;
    const predicted = p50 + ((p99 - p50) * suggested) / budget;
    return {
      id: this.id, severity: "warning",
      title: "Lower --max-num-batched-tokens: prefill chunks of long prompts stall decoding",
      evidence: [spikes.evidence, evidence("prompt_tokens_p95", prompt, ">=", LONG_PROMPT_SHARE * budget)],
      hint: {
        flag: "--max-num-batched-tokens", current: budget, suggested,
        effect: `Smaller prefill chunks per step: ITL p99 from ${secs(p99)} to about ${secs(predicted)} (p50 ${secs(p50)}).`,
        risk: `A ${count(prompt)}-token prompt needs about ${budget / suggested}× as many steps to prefill, so TTFT of long prompts rises.`,
      },
    };
  },
};

import { evidence } from "../evidence.ts";
import { count, secs } from "../format.ts";
import { latencyOf, num, valueOf } from "../read.ts";
import { nextPow2 } from "../math.ts";
import { UNKNOWN_CURRENT, type Rule } from "./types.ts";

/** When at least half of TTFT p95 is spent after admission, prefill, not queueing, makes it slow. */
export const PREFILL_SHARE = 0.5;

/**
 * TTFT over its SLO, mostly outside the queue, with p95 prompts split across several steps by the
 * token budget: a larger budget prefills them in one step.
 */
export const raiseMaxNumBatchedTokens: Rule = {
  id: "raise-max-num-batched-tokens",
  evaluate(o) {
    const target = o.settings.slo?.ttftP95Seconds;
    const ttft = latencyOf(o.current, "ttft", "p95");
    const queue = latencyOf(o.current, "queue_time", "p95");
    const prompt = num(o.promptTokens.p95);
    if (target === undefined || ttft === null || queue === null || prompt === null || ttft <= target) return null;
    if (o.config.enableChunkedPrefill === false) return null; // without chunking a prompt already takes one step
    const outside = (ttft - queue) / ttft;
    if (outside < PREFILL_SHARE) return null;
    // The step also carries one token per running decode.
    const decodes = valueOf(o.current, "running") ?? 0;
    const budget = o.config.maxNumBatchedTokens;
    const step = prompt + decodes;
    if (budget !== undefined && step <= budget) return null;
    const suggested = nextPow2(step);
    const steps = budget !== undefined && budget > decodes ? Math.ceil(prompt / (budget - decodes)) : null;
    return {
      id: this.id, severity: "warning",
      title: "Raise --max-num-batched-tokens: TTFT is spent prefilling long prompts in chunks",
      evidence: [
        evidence("ttft", ttft, ">", target, { stat: "p95" }), evidence("ttft_outside_queue", outside, ">=", PREFILL_SHARE),
        ...(budget !== undefined ? [evidence("prefill_step_tokens", step, ">", budget)] : []),
      ],
      hint: {
        flag: "--max-num-batched-tokens", current: budget ?? null, suggested,
        effect: `A p95 prompt (${count(prompt)} tokens) plus ${count(decodes)} decodes fits one step` +
          (steps !== null ? ` instead of ${steps}` : "") + `; TTFT p95 (${secs(ttft)}) loses the extra steps.` + (budget === undefined ? ` ${UNKNOWN_CURRENT}` : ""),
        risk: "Steps that carry a whole prompt take longer, so running requests see ITL spikes; activation memory grows with the budget and comes out of the KV cache.",
      },
    };
  },
};

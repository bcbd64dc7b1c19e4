import { evidence } from "../evidence.ts";
import { pct } from "../format.ts";
import { valueOf } from "../read.ts";
import type { Rule } from "./types.ts";

/**
 * Prefix caching is off while prompt tokens outnumber output tokens: prefill is a large share of the
 * work, and shared prefixes (system prompts, chat history) would skip it. The hit rate, when an
 * earlier window had caching on, sizes the gain.
 */
export const enablePrefixCaching: Rule = {
  id: "enable-prefix-caching",
  evaluate(o, { thresholds: t }) {
    const rate = valueOf(o.current, "request_rate");
    const prompt = valueOf(o.current, "prompt_tokens_rate");
    const output = valueOf(o.current, "generation_tokens_rate");
    if (o.config.enablePrefixCaching !== false || rate === null || prompt === null || output === null) return null;
    if (rate < t.idleRequestRate || prompt < output) return null;
    const hits = valueOf(o.previous, "prefix_cache_hit_rate");
    return {
      id: this.id, severity: "info",
      title: "Enable prefix caching: prefill dominates and repeated prefixes are recomputed",
      evidence: [
        evidence("enable_prefix_caching", false, "==", false), evidence("request_rate", rate, ">=", t.idleRequestRate),
        evidence("prompt_tokens_rate", prompt, ">=", output),
      ],
      hint: {
        flag: "--enable-prefix-caching", current: false, suggested: true,
        effect: (hits !== null && hits > 0
          ? `The previous window hit ${pct(hits)} of prompt tokens: that share of prefill would be skipped again`
          : "Prompt tokens found in the cache skip prefill, so TTFT and prefill compute fall by the hit rate") +
          `; prompts are ${(prompt / output).toFixed(1)}× the output tokens here.`,
        risk: "Little: vLLM V1 measures under 1 % overhead at a 0 % hit rate, and cached blocks are evicted first under pressure. Unique prompts gain nothing.",
      },
    };
  },
};

import { evidence } from "../evidence.ts";
import { secs } from "../format.ts";
import { itlSpikes } from "./itl-spikes.ts";
import type { Rule } from "./types.ts";

/** ITL spikes with chunked prefill off: every new prompt's whole prefill stalls the running decodes. */
export const enableChunkedPrefill: Rule = {
  id: "enable-chunked-prefill",
  evaluate(o) {
    const spikes = itlSpikes(o);
    if (!spikes || o.config.enableChunkedPrefill !== false) return null;
    return {
      id: this.id, severity: "warning",
      title: "Enable chunked prefill: whole-prompt prefills stall decoding",
      evidence: [spikes.evidence, evidence("enable_chunked_prefill", false, "==", false)],
      hint: {
        flag: "--enable-chunked-prefill", current: false, suggested: true,
        effect: `Prompts are split into chunks that share steps with decodes, so ITL p99 (${secs(spikes.p99)}) moves toward p50 (${secs(spikes.p50)}).`,
        risk: "A long prompt spans more steps, so its TTFT rises a little; on vLLM V0, check that the features you use support it.",
      },
    };
  },
};

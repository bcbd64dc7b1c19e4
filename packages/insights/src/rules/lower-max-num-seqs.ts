import { kvPressureWithPreemption } from "../conditions.ts";
import { count, pct } from "../format.ts";
import { valueOf } from "../read.ts";
import { kvFitSeqs, kvTarget } from "./kv-fit.ts";
import { UNKNOWN_CURRENT, type Rule } from "./types.ts";

/** The KV cache is over the pressure line and requests are being preempted: fewer sequences at once. */
export const lowerMaxNumSeqs: Rule = {
  id: "lower-max-num-seqs",
  evaluate(o, { thresholds: t }) {
    const pressure = kvPressureWithPreemption(o, t);
    const kv = valueOf(o.current, "kv_cache_usage");
    const running = valueOf(o.current, "running");
    if (!pressure || kv === null || running === null || running <= 1) return null;
    const cap = o.config.maxNumSeqs;
    const suggested = kvFitSeqs(running, kv, t);
    if (suggested >= (cap ?? running)) return null;
    return {
      id: this.id, severity: "warning",
      title: "Lower --max-num-seqs: the KV cache is full and requests are preempted",
      evidence: pressure,
      hint: {
        flag: "--max-num-seqs", current: cap ?? null, suggested,
        effect: `Caps the batch at ${suggested} (${count(running)} run now) so KV use settles near ${pct(kvTarget(t))} and preemptions, each a recomputed prefill, stop.` +
          (cap === undefined ? ` ${UNKNOWN_CURRENT}` : ""),
        risk: "Fewer sequences at once: peak throughput falls and, under the same demand, queue time and TTFT rise.",
      },
    };
  },
};

import { queueBuilding } from "../conditions.ts";
import { evidence } from "../evidence.ts";
import { count, pct } from "../format.ts";
import { valueOf } from "../read.ts";
import { kvFitSeqs, kvTarget } from "./kv-fit.ts";
import { UNKNOWN_CURRENT, type Rule } from "./types.ts";

/** Below 70 % KV use there is room for at least 20 % more sequences before the 85 % target. */
export const KV_LOW = 0.7;
/** Averaged over a window, a batch pinned at its cap reads just under it. */
export const FULL_BATCH = 0.9;

/** The queue grows, the batch is at its cap, and the KV cache could hold more: the cap is the limit. */
export const raiseMaxNumSeqs: Rule = {
  id: "raise-max-num-seqs",
  evaluate(o, { thresholds: t }) {
    const queue = queueBuilding(o, t);
    const kv = valueOf(o.current, "kv_cache_usage");
    const running = valueOf(o.current, "running");
    if (!queue || kv === null || running === null || kv <= 0 || running <= 0 || kv >= KV_LOW) return null;
    const cap = o.config.maxNumSeqs;
    if (cap !== undefined && running < FULL_BATCH * cap) return null;
    const suggested = kvFitSeqs(running, kv, t);
    if (suggested <= (cap ?? running)) return null;
    return {
      id: this.id, severity: "warning",
      title: "Raise --max-num-seqs: requests queue while the KV cache has room",
      evidence: [
        ...queue, evidence("kv_cache_usage", kv, "<", KV_LOW),
        ...(cap !== undefined ? [evidence("running", running, ">=", FULL_BATCH * cap)] : []),
      ],
      hint: {
        flag: "--max-num-seqs", current: cap ?? null, suggested,
        effect: `Admits up to ${suggested} sequences (${count(running)} run now at ${pct(kv)} KV); at today's KV per sequence the cache would fill to about ${pct(kvTarget(t))}.` +
          (cap === undefined ? ` ${UNKNOWN_CURRENT}` : ""),
        risk: "Bigger batches raise ITL; if contexts grow longer than today's, KV pressure and preemptions follow.",
      },
    };
  },
};

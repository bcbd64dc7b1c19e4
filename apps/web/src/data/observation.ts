// Answers keyed by question → the window values @throtl/insights reads. Unsupported stays
// "unsupported" and a failed query is no data: nothing becomes 0.
import { LATENCY_SIGNALS, type LatencySignalId, type LatencyValues, type SignalValues, type Value } from "@throtl/insights";
import { LATENCY_STATS, SIGNAL_IDS, type SignalId } from "@throtl/signals";
import { type Answers, toValue } from "./answer.ts";
import { queryKey, sloQ, statQ, valueQ } from "./queries.ts";

/** SLO thresholds whose attainment was asked, by latency signal. */
export type SloSeconds = Partial<Record<LatencySignalId, number>>;

const isLatency = (s: SignalId): s is LatencySignalId => (LATENCY_SIGNALS as readonly string[]).includes(s);

export function signalValues(answers: Answers, slo: SloSeconds): SignalValues {
  const out: Record<string, Value | LatencyValues> = {};
  for (const signal of SIGNAL_IDS) {
    if (isLatency(signal)) {
      const stats: Record<string, Value> = {};
      for (const stat of LATENCY_STATS) {
        const v = toValue(answers.get(queryKey(statQ(signal, stat))));
        if (v !== undefined) stats[stat] = v;
      }
      const threshold = slo[signal];
      const attainment = threshold === undefined ? undefined : toValue(answers.get(queryKey(sloQ(signal, threshold))));
      if (attainment !== undefined) stats.sloAttainment = attainment;
      if (Object.keys(stats).length > 0) out[signal] = stats;
    } else {
      const v = toValue(answers.get(queryKey(valueQ(signal))));
      if (v !== undefined) out[signal] = v;
    }
  }
  return out as SignalValues;
}

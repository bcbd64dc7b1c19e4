// Per signal and statistic: values, change, a 95 % interval of the change where the data allow one,
// and the verdict. Rows follow the catalog's order; SLO rows come last.
import { SIGNAL_IDS, SIGNALS, type Better, type SignalId, type Unit } from "@throtl/signals";
import { SIGNAL_STATS, type SignalStat, type SignalValue, type SloAttainment, type Snapshot } from "../model/snapshot-schema.ts";
import { totalCount } from "../stats/histogram.ts";
import type { Interval } from "../stats/intervals.ts";
import { latencyMeanEstimate, proportions, quantileEstimator, side, valueEstimate, type BootstrapSettings, type Estimate, type Side } from "./estimates.ts";
import { formatQuantity } from "./format.ts";
import type { Method } from "./methods.ts";
import { decide, type Verdict, type VerdictFloors } from "./verdict.ts";

export interface SignalComparison {
  readonly signal: SignalId;
  /** A catalog statistic, or "slo" for attainment at `thresholdSeconds`. */
  readonly stat: SignalStat | "slo";
  readonly thresholdSeconds: number | null;
  readonly title: string;
  readonly unit: Unit;
  readonly better: Better;
  readonly base: number | null;
  readonly candidate: number | null;
  /** candidate − base */
  readonly delta: number | null;
  /** delta / |base| (0.12 = +12 %); null when base is 0 or missing. */
  readonly relative: number | null;
  readonly verdict: Verdict;
  /** 95 % interval of delta; null when the data give none. */
  readonly interval: Interval | null;
  readonly method: Method;
  /** The confidence statement, in words, with the numbers it rests on. */
  readonly confidence: string;
}

export interface SignalCompareOptions extends BootstrapSettings {
  readonly floors: VerdictFloors;
}

interface RowSpec {
  readonly signal: SignalId;
  readonly stat: SignalStat | "slo";
  readonly thresholdSeconds: number | null;
  readonly title: string;
  readonly unit: Unit;
  readonly better: Better;
  readonly base: number | null;
  readonly candidate: number | null;
  /** Why the values cannot be compared; null when both are there. */
  readonly missing: string | null;
  readonly estimate: (base: number, candidate: number) => Estimate | null;
}

function row(spec: RowSpec, floors: VerdictFloors): SignalComparison {
  const { estimate: estimateOf, missing, base, candidate, ...head } = spec;
  if (base === null || candidate === null || missing) {
    const confidence = `Not comparable: ${missing ?? "no value"}.`;
    return { ...head, base, candidate, delta: null, relative: null, verdict: "not_comparable", interval: null, method: "threshold", confidence };
  }
  const delta = candidate - base;
  const estimate = estimateOf(base, candidate);
  const decision = decide(spec.better, base, delta, estimate?.interval ?? null, floors);
  const confidence = estimate
    ? `95 % interval of the change: ${formatQuantity(estimate.interval.low, spec.unit, true)} to ${formatQuantity(estimate.interval.high, spec.unit, true)} (${estimate.basis}). ${decision.why}`
    : `No interval: nothing was recorded to estimate the noise from. ${decision.why}`;
  return {
    ...head, base, candidate, delta, relative: base !== 0 ? delta / Math.abs(base) : null,
    verdict: decision.verdict, interval: estimate?.interval ?? null, method: estimate?.method ?? "threshold", confidence,
  };
}

function whyMissing(base: SignalValue | undefined, candidate: SignalValue | undefined): string | null {
  const what = (v: SignalValue | undefined, which: string) =>
    !v ? `not recorded in the ${which}` : v.unsupported ? `unsupported in the ${which} (${v.unsupported})` : v.value === null ? `no data in the ${which} window` : null;
  return [what(base, "base"), what(candidate, "candidate")].filter(Boolean).join("; ") || null;
}

function signalRows(signal: SignalId, a: Side, b: Side, options: SignalCompareOptions): SignalComparison[] {
  const def = SIGNALS[signal];
  const quantile = quantileEstimator(signal, a, b, options);
  return SIGNAL_STATS.filter((st) => a.values.has(`${signal}/${st}`) || b.values.has(`${signal}/${st}`)).map((stat) => {
    const va = a.values.get(`${signal}/${stat}`);
    const vb = b.values.get(`${signal}/${stat}`);
    const spec: RowSpec = {
      signal, stat, thresholdSeconds: null, title: stat === "value" ? def.title : `${def.title} ${stat}`, unit: def.unit, better: def.better,
      base: va?.value ?? null, candidate: vb?.value ?? null, missing: whyMissing(va, vb),
      estimate: (x, y) =>
        stat === "value" ? valueEstimate(signal, a, b, x, y, [va?.spread ?? null, vb?.spread ?? null])
        : stat === "mean" ? latencyMeanEstimate(signal, a, b, x, y)
        : quantile(stat),
    };
    return row(spec, options.floors);
  });
}

interface SloPair {
  readonly signal: SignalId;
  readonly thresholdSeconds: number;
  base?: SloAttainment;
  candidate?: SloAttainment;
}

function sloRows(base: Snapshot, candidate: Snapshot, a: Side, b: Side, floors: VerdictFloors): SignalComparison[] {
  const pairs = new Map<string, SloPair>();
  const add = (o: SloAttainment, which: "base" | "candidate") => {
    const key = `${o.signal}/${o.thresholdSeconds}`;
    const pair = pairs.get(key) ?? { signal: o.signal, thresholdSeconds: o.thresholdSeconds };
    pair[which] = o;
    pairs.set(key, pair);
  };
  base.slos.forEach((o) => add(o, "base"));
  candidate.slos.forEach((o) => add(o, "candidate"));
  const rank = (p: SloPair) => SIGNAL_IDS.indexOf(p.signal);
  const sorted = [...pairs.values()].sort((x, y) => rank(x) - rank(y) || x.thresholdSeconds - y.thresholdSeconds);
  // Requests counted by the histogram, else by the request rate.
  const requests = (s: Side, signal: SignalId) => {
    const h = s.histograms.get(signal);
    return h ? totalCount(h) : s.requests;
  };
  return sorted.map(({ signal, thresholdSeconds, base: oa, candidate: ob }) => {
    const missing = !oa ? "not recorded in the base" : !ob ? "not recorded in the candidate" : oa.attainment === null || ob.attainment === null ? "no requests in a window" : null;
    const spec: RowSpec = {
      signal, stat: "slo", thresholdSeconds, title: `${SIGNALS[signal].title} ≤ ${formatQuantity(thresholdSeconds, "seconds")}`, unit: "ratio", better: "higher",
      base: oa?.attainment ?? null, candidate: ob?.attainment ?? null, missing,
      estimate: (x, y) => proportions(x, y, requests(a, signal), requests(b, signal)),
    };
    return row(spec, floors);
  });
}

export function compareSignals(base: Snapshot, candidate: Snapshot, options: SignalCompareOptions): SignalComparison[] {
  const a = side(base);
  const b = side(candidate);
  return [...SIGNAL_IDS.flatMap((signal) => signalRows(signal, a, b, options)), ...sloRows(base, candidate, a, b, options.floors)];
}

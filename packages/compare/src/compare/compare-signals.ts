// Per signal and statistic: values, change, a 95 % interval of the change where the data allow one,
// and the verdict. Rows follow the catalog's order.
import { QUANTILE_OF, SIGNAL_IDS, SIGNALS, type Better, type SignalId, type Unit } from "@throtl/signals";
import { SIGNAL_STATS, type HistogramWindow, type SignalStat, type SignalValue, type Snapshot } from "../model/snapshot-schema.ts";
import { bootstrapQuantileDiffs } from "../stats/bootstrap.ts";
import { bucketVariance, toBuckets, totalCount, type Buckets } from "../stats/histogram.ts";
import { newcombeDiff, normalDiff, type Interval } from "../stats/intervals.ts";
import { formatNumber, formatQuantity } from "./format.ts";
import { valueMethod, type Method } from "./methods.ts";
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

export interface SignalCompareOptions {
  readonly resamples: number;
  readonly seed: number;
  readonly floors: VerdictFloors;
}

interface Side {
  readonly seconds: number;
  /** Finished requests in the window, when the request rate was recorded. */
  readonly requests: number | null;
  readonly values: ReadonlyMap<string, SignalValue>;
  readonly histograms: ReadonlyMap<SignalId, Buckets>;
  readonly sums: ReadonlyMap<SignalId, number | null>;
}

function side(s: Snapshot): Side {
  const seconds = (s.window.end.getTime() - s.window.start.getTime()) / 1000;
  const values = new Map(s.signals.map((v) => [`${v.signal}/${v.stat}`, v]));
  const rate = values.get("request_rate/value")?.value ?? s.workload.requestRate;
  const hists = s.histograms as readonly HistogramWindow[];
  return {
    seconds,
    requests: rate === null || rate === undefined ? null : rate * seconds,
    values,
    histograms: new Map(hists.map((h) => [h.signal, toBuckets(h)])),
    sums: new Map(hists.map((h) => [h.signal, h.sum])),
  };
}

interface Estimate {
  readonly interval: Interval;
  readonly method: Method;
  /** What the interval rests on, e.g. "bootstrap, 2000 resamples of 1843 and 1910 observations". */
  readonly basis: string;
}

const n = (x: number) => formatNumber(Math.round(x));

/** A stable per-signal seed, so one signal's interval does not depend on which others exist. */
function seedFor(seed: number, signal: SignalId): number {
  let h = 2166136261 ^ seed;
  for (const ch of signal) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function valueEstimate(signal: SignalId, a: Side, b: Side, va: SignalValue, vb: SignalValue, delta: number): Estimate | null {
  const x = va.value as number;
  const y = vb.value as number;
  switch (valueMethod(signal)) {
    case "poisson": {
      // Events in the window are Poisson: var(rate) = count / T² = rate / T.
      const basis = `Poisson counts, ${n(x * a.seconds)} and ${n(y * b.seconds)} events over ${n(a.seconds)} s and ${n(b.seconds)} s`;
      return { interval: normalDiff(delta, x / a.seconds, y / b.seconds), method: "poisson", basis };
    }
    case "compound-poisson": {
      // Tokens come in requests: with a per-request token CV of about 1, var(rate) ≈ 2·rate² / requests.
      if (!a.requests || !b.requests) return null;
      const basis = `tokens clustered by request: ${n(a.requests)} and ${n(b.requests)} requests, per-request token-count CV taken as 1`;
      return { interval: normalDiff(delta, (2 * x * x) / a.requests, (2 * y * y) / b.requests), method: "compound-poisson", basis };
    }
    case "newcombe": {
      if (!a.requests || !b.requests || x < 0 || x > 1 || y < 0 || y > 1) return null;
      const basis = `Newcombe interval for two proportions over ${n(a.requests)} and ${n(b.requests)} requests`;
      return { interval: newcombeDiff(x * a.requests, a.requests, y * b.requests, b.requests), method: "newcombe", basis };
    }
    case "gauge-spread": {
      if (!va.spread || !vb.spread) return null;
      const varOf = (s: NonNullable<SignalValue["spread"]>) => (s.stddev * s.stddev) / s.samples;
      const basis = `normal, from ${va.spread.samples} and ${vb.spread.samples} samples (autocorrelated scrapes make it optimistic)`;
      return { interval: normalDiff(delta, varOf(va.spread), varOf(vb.spread)), method: "gauge-spread", basis };
    }
  }
}

function latencyMeanEstimate(signal: SignalId, a: Side, b: Side, x: number, y: number, delta: number): Estimate | null {
  const ha = a.histograms.get(signal);
  const hb = b.histograms.get(signal);
  if (!ha || !hb) return null;
  const na = totalCount(ha);
  const nb = totalCount(hb);
  if (!(na > 0 && nb > 0)) return null;
  const basis = `normal, spread estimated from the buckets of ${n(na)} and ${n(nb)} observations`;
  return { interval: normalDiff(delta, bucketVariance(ha, x) / na, bucketVariance(hb, y) / nb), method: "histogram-mean", basis };
}

function confidenceText(unit: Unit, estimate: Estimate | null, why: string): string {
  if (!estimate) return `No interval: nothing was recorded to estimate the noise from. ${why}`;
  const { low, high } = estimate.interval;
  return `95 % interval of the change: ${formatQuantity(low, unit, true)} to ${formatQuantity(high, unit, true)} (${estimate.basis}). ${why}`;
}

function notComparable(base: SignalValue | undefined, candidate: SignalValue | undefined): string {
  const what = (v: SignalValue | undefined, which: string) =>
    !v ? `not recorded in the ${which}` : v.unsupported ? `unsupported in the ${which} (${v.unsupported})` : v.value === null ? `no data in the ${which} window` : null;
  return [what(base, "base"), what(candidate, "candidate")].filter(Boolean).join("; ");
}

function row(args: {
  signal: SignalId; stat: SignalStat | "slo"; thresholdSeconds: number | null; title: string; unit: Unit; better: Better;
  base: number | null; candidate: number | null; missing: string | null; estimate: () => Estimate | null; floors: VerdictFloors;
}): SignalComparison {
  const { base, candidate, floors } = args;
  const head = { signal: args.signal, stat: args.stat, thresholdSeconds: args.thresholdSeconds, title: args.title, unit: args.unit, better: args.better };
  if (base === null || candidate === null || args.missing) {
    const confidence = `Not comparable: ${args.missing ?? "no value"}.`;
    return { ...head, base, candidate, delta: null, relative: null, verdict: "not_comparable", interval: null, method: "threshold", confidence };
  }
  const delta = candidate - base;
  const estimate = args.estimate();
  const decision = decide(args.better, base, delta, estimate?.interval ?? null, floors);
  return {
    ...head, base, candidate, delta, relative: base !== 0 ? delta / Math.abs(base) : null,
    verdict: decision.verdict, interval: estimate?.interval ?? null, method: estimate?.method ?? "threshold",
    confidence: confidenceText(args.unit, estimate, decision.why),
  };
}

export function compareSignals(baseSnapshot: Snapshot, candidateSnapshot: Snapshot, options: SignalCompareOptions): SignalComparison[] {
  const a = side(baseSnapshot);
  const b = side(candidateSnapshot);
  const rows: SignalComparison[] = [];
  for (const signal of SIGNAL_IDS) {
    const def = SIGNALS[signal];
    const stats = SIGNAL_STATS.filter((st) => a.values.has(`${signal}/${st}`) || b.values.has(`${signal}/${st}`));
    const quantileIntervals = lazyBootstrap(signal, a, b, options);
    for (const stat of stats) {
      const va = a.values.get(`${signal}/${stat}`);
      const vb = b.values.get(`${signal}/${stat}`);
      const missing = notComparable(va, vb) || null;
      rows.push(row({
        signal, stat, thresholdSeconds: null, title: stat === "value" ? def.title : `${def.title} ${stat}`, unit: def.unit, better: def.better,
        base: va?.value ?? null, candidate: vb?.value ?? null, missing, floors: options.floors,
        estimate: () => {
          const [x, y] = [va?.value as number, vb?.value as number];
          if (stat === "value") return valueEstimate(signal, a, b, va as SignalValue, vb as SignalValue, y - x);
          if (stat === "mean") return latencyMeanEstimate(signal, a, b, x, y, y - x);
          const interval = quantileIntervals()?.get(QUANTILE_OF[stat]);
          return interval ? { interval, method: "bootstrap", basis: bootstrapBasis(signal, a, b, options) } : null;
        },
      }));
    }
  }
  return [...rows, ...sloRows(baseSnapshot, candidateSnapshot, a, b, options.floors)];
}

function lazyBootstrap(signal: SignalId, a: Side, b: Side, options: SignalCompareOptions): () => Map<number, Interval> | null {
  let cached: Map<number, Interval> | null | undefined;
  return () => {
    if (cached !== undefined) return cached;
    const ha = a.histograms.get(signal);
    const hb = b.histograms.get(signal);
    cached = ha && hb ? bootstrapQuantileDiffs(ha, hb, Object.values(QUANTILE_OF), { resamples: options.resamples, seed: seedFor(options.seed, signal) }) : null;
    return cached;
  };
}

function bootstrapBasis(signal: SignalId, a: Side, b: Side, options: SignalCompareOptions): string {
  const na = totalCount(a.histograms.get(signal) as Buckets);
  const nb = totalCount(b.histograms.get(signal) as Buckets);
  return `bootstrap over the histogram buckets, ${options.resamples} resamples of ${n(na)} and ${n(nb)} observations, seed ${options.seed}`;
}

function sloRows(base: Snapshot, candidate: Snapshot, a: Side, b: Side, floors: VerdictFloors): SignalComparison[] {
  const key = (o: { signal: SignalId; thresholdSeconds: number }) => `${o.signal}/${o.thresholdSeconds}`;
  const sa = new Map(base.slos.map((o) => [key(o), o]));
  const sb = new Map(candidate.slos.map((o) => [key(o), o]));
  const keys = [...new Set([...sa.keys(), ...sb.keys()])];
  const order = (k: string) => SIGNAL_IDS.indexOf((sa.get(k) ?? sb.get(k))?.signal as SignalId);
  keys.sort((x, y) => order(x) - order(y) || (sa.get(x) ?? sb.get(x))!.thresholdSeconds - (sa.get(y) ?? sb.get(y))!.thresholdSeconds);
  return keys.map((k) => {
    const oa = sa.get(k);
    const ob = sb.get(k);
    const { signal, thresholdSeconds } = (oa ?? ob)!;
    const missing = !oa ? "not recorded in the base" : !ob ? "not recorded in the candidate" : oa.attainment === null || ob.attainment === null ? "no requests in a window" : null;
    // Requests counted by the histogram, else by the request rate.
    const count = (s: Side) => { const h = s.histograms.get(signal); return h ? totalCount(h) : s.requests; };
    return row({
      signal, stat: "slo", thresholdSeconds, title: `${SIGNALS[signal].title} ≤ ${formatQuantity(thresholdSeconds, "seconds")}`, unit: "ratio", better: "higher",
      base: oa?.attainment ?? null, candidate: ob?.attainment ?? null, missing, floors,
      estimate: () => {
        const [na, nb] = [count(a), count(b)];
        if (!na || !nb) return null;
        const [x, y] = [oa!.attainment as number, ob!.attainment as number];
        return { interval: newcombeDiff(x * na, na, y * nb, nb), method: "newcombe", basis: `Newcombe interval for two proportions over ${n(na)} and ${n(nb)} requests` };
      },
    });
  });
}

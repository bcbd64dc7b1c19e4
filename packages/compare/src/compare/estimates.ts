// 95 % intervals of a change, one function per kind of signal (docs/comparison.md). Each returns
// null when the snapshots lack what it needs; the verdict then falls back to the size threshold.
import { QUANTILE_OF, type LatencyStat, type SignalId } from "@throtl/signals";
import type { SignalValue, Snapshot } from "../model/snapshot-schema.ts";
import { bootstrapQuantileDiffs } from "../stats/bootstrap.ts";
import { bucketVariance, toBuckets, totalCount, type Buckets } from "../stats/histogram.ts";
import { newcombeDiff, normalDiff, type Interval } from "../stats/intervals.ts";
import { formatNumber } from "./format.ts";
import { valueMethod, type Method } from "./methods.ts";

/** What one snapshot contributes to the estimates. */
export interface Side {
  readonly seconds: number;
  /** Finished requests in the window, when the request rate was recorded. */
  readonly requests: number | null;
  readonly values: ReadonlyMap<string, SignalValue>;
  readonly histograms: ReadonlyMap<SignalId, Buckets>;
}

export function side(s: Snapshot): Side {
  const seconds = (s.window.end.getTime() - s.window.start.getTime()) / 1000;
  const values = new Map(s.signals.map((v) => [`${v.signal}/${v.stat}`, v]));
  const rate = values.get("request_rate/value")?.value ?? s.workload.requestRate;
  return {
    seconds,
    requests: rate === null || rate === undefined ? null : rate * seconds,
    values,
    histograms: new Map(s.histograms.map((h) => [h.signal, toBuckets(h)])),
  };
}

export interface Estimate {
  readonly interval: Interval;
  readonly method: Method;
  /** What the interval rests on, e.g. "Poisson counts, 2,400 and 2,520 events over 600 s and 600 s". */
  readonly basis: string;
}

export interface BootstrapSettings {
  readonly resamples: number;
  readonly seed: number;
}

const n = (x: number) => formatNumber(Math.round(x));
type Spread = SignalValue["spread"];

/** Single-value signals: x and y are the base and candidate values. */
export function valueEstimate(signal: SignalId, a: Side, b: Side, x: number, y: number, spreads: [Spread, Spread]): Estimate | null {
  const delta = y - x;
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
    case "newcombe":
      return proportions(x, y, a.requests, b.requests);
    case "gauge-spread": {
      const [sa, sb] = spreads;
      if (!sa || !sb) return null;
      const basis = `normal, from ${sa.samples} and ${sb.samples} samples (autocorrelated scrapes make it optimistic)`;
      return { interval: normalDiff(delta, sa.stddev ** 2 / sa.samples, sb.stddev ** 2 / sb.samples), method: "gauge-spread", basis };
    }
  }
}

/** Two shares x and y of na and nb events (requests): Newcombe's hybrid score interval. */
export function proportions(x: number, y: number, na: number | null, nb: number | null): Estimate | null {
  if (!na || !nb || x < 0 || x > 1 || y < 0 || y > 1) return null;
  const basis = `Newcombe interval for two proportions over ${n(na)} and ${n(nb)} requests`;
  return { interval: newcombeDiff(x * na, na, y * nb, nb), method: "newcombe", basis };
}

/** Latency mean: normal, with the variance of the observations estimated from the buckets. */
export function latencyMeanEstimate(signal: SignalId, a: Side, b: Side, x: number, y: number): Estimate | null {
  const ha = a.histograms.get(signal);
  const hb = b.histograms.get(signal);
  const [na, nb] = [ha ? totalCount(ha) : 0, hb ? totalCount(hb) : 0];
  if (!ha || !hb || !(na > 0 && nb > 0)) return null;
  const basis = `normal, spread estimated from the buckets of ${n(na)} and ${n(nb)} observations`;
  return { interval: normalDiff(y - x, bucketVariance(ha, x) / na, bucketVariance(hb, y) / nb), method: "histogram-mean", basis };
}

/** A stable per-signal seed, so one signal's interval does not depend on which others exist. */
function seedFor(seed: number, signal: SignalId): number {
  let h = 2166136261 ^ seed;
  for (const ch of signal) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Latency quantiles: one bootstrap per signal, run on first use, shared by p50…p99. */
export function quantileEstimator(signal: SignalId, a: Side, b: Side, settings: BootstrapSettings): (stat: Exclude<LatencyStat, "mean">) => Estimate | null {
  let intervals: Map<number, Interval> | null | undefined;
  return (stat) => {
    const ha = a.histograms.get(signal);
    const hb = b.histograms.get(signal);
    if (!ha || !hb) return null;
    intervals ??= bootstrapQuantileDiffs(ha, hb, Object.values(QUANTILE_OF), { resamples: settings.resamples, seed: seedFor(settings.seed, signal) });
    const interval = intervals?.get(QUANTILE_OF[stat]);
    if (!interval) return null;
    const basis = `bootstrap over the histogram buckets, ${settings.resamples} resamples of ${n(totalCount(ha))} and ${n(totalCount(hb))} observations, seed ${settings.seed}`;
    return { interval, method: "bootstrap", basis };
  };
}

// Ground truth over a time window, in epoch seconds. Event streams (a finish, a token, a prompt's
// tokens) are summed over [from, to]; counters the fake only exposes cumulatively are sampled over
// time and read at the window's edges by linear interpolation between the samples around them.

export interface Interval {
  readonly from: number;
  readonly to: number;
}

/** Something that happened at `t`, counting `w` (1 for a request, its length for a prompt's tokens). */
export interface WeightedEvent {
  readonly t: number;
  readonly w: number;
}

/** An observation a histogram received at `t`. */
export interface Observation {
  readonly t: number;
  readonly value: number;
}

export interface CounterSample {
  readonly t: number;
  readonly v: number;
}

/** Sum of the weights of events in the closed interval. */
export function sumIn(events: readonly WeightedEvent[], iv: Interval): number {
  let s = 0;
  for (const e of events) if (e.t >= iv.from && e.t <= iv.to) s += e.w;
  return s;
}

/** Observations in (from, to]: what a counter read at `from` and at `to` moved by. */
export function observationsIn(obs: readonly Observation[], iv: Interval): number[] {
  return obs.filter((o) => o.t > iv.from && o.t <= iv.to).map((o) => o.value);
}

/** A counter's value at `t` from samples sorted by time; throws outside the sampled span. */
export function valueAt(samples: readonly CounterSample[], t: number): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || t < first.t || t > last.t) {
    throw new RangeError(`no counter samples around t=${t} (sampled ${first?.t ?? "never"} to ${last?.t ?? "never"})`);
  }
  const hi = samples.findIndex((s) => s.t >= t);
  if (samples[hi]!.t === t || hi === 0) return samples[hi]!.v;
  const [a, b] = [samples[hi - 1]!, samples[hi]!];
  return a.v + ((b.v - a.v) * (t - a.t)) / (b.t - a.t);
}

/** How much a counter grew over the interval, clipped to the span the samples cover. */
export function increaseIn(samples: readonly CounterSample[], iv: Interval): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return 0;
  const from = Math.max(iv.from, first.t);
  const to = Math.min(iv.to, last.t);
  return to <= from ? 0 : valueAt(samples, to) - valueAt(samples, from);
}

/**
 * Emission times of a request's output tokens: exact when the record carries them, else spread
 * evenly from the first token to the last (continuous batching emits one per step, steps of nearly
 * equal length in a steady load: off by a fraction of a step per token).
 */
export function tokenTimes(r: { readonly firstTokenAt: number; readonly finishedAt: number; readonly outputTokens: number; readonly tokenTimes?: readonly number[] }): readonly number[] {
  if (r.tokenTimes && r.tokenTimes.length === r.outputTokens) return r.tokenTimes;
  if (r.outputTokens === 0 || Number.isNaN(r.firstTokenAt)) return [];
  if (r.outputTokens === 1) return [r.firstTokenAt];
  const step = (r.finishedAt - r.firstTokenAt) / (r.outputTokens - 1);
  return Array.from({ length: r.outputTokens }, (_, k) => r.firstTokenAt + k * step);
}

// What the simulator says happened in one backend lifetime over an interval: counts and sums from
// the finished-request records, the fake's cumulative counters, and latency observations placed at
// the moment each histogram receives them (first token, every token, or the request's finish).
import type { GroundTruthCounters, SeqRecord } from "@throtl/fake-backend";
import { increaseIn, sumIn, tokenTimes, valueAt, type CounterSample, type Interval, type Observation, type WeightedEvent } from "./window.ts";

export interface LifeData {
  /** Epoch seconds at the records' virtual time 0. */
  readonly startEpoch: number;
  /** Times in virtual seconds; NaN where the request never got there. */
  readonly records: readonly SeqRecord[];
  /** Epoch-stamped samples of the fake's cumulative counters. */
  readonly counters: readonly { readonly t: number; readonly c: GroundTruthCounters }[];
  /** Epoch-stamped GPU energy, mJ, summed over the backend's GPUs (the DCGM exporter's counter). */
  readonly energyMj: readonly CounterSample[];
  /** Triton's own nv_energy_consumption, J, summed over GPUs: it moves once per metrics poll. */
  readonly tritonEnergyJ?: readonly CounterSample[];
}

/** Triton's --metrics-interval-ms default: its GPU values change at polls 2 s apart (from virtual 0 in the fake). */
export const TRITON_POLL_S = 2;

/** Who a counter or histogram of the backend counts: every finished request, or the successful ones. */
export type Population = "all" | "succeeded";

export type Quantity =
  | "finished" | "succeeded" | "received" | "aborted" | "first_tokens"
  | "prompt_at_first_token" | "prompt_at_finish" | "prompt_at_finish_succeeded"
  | "generated" | "generated_at_finish" | "generated_at_finish_succeeded" | "cached_at_finish_succeeded"
  | "preemptions" | "prefix_queries" | "prefix_hits" | "steps" | "step_tokens" | "energy_j" | "triton_energy_j";

/** Latency as each flavor measures it; `tpot_over_all_tokens` is TGI's inference time / tokens. */
export type LatencyKind = "ttft" | "itl" | "tpot" | "tpot_over_all_tokens" | "e2e" | "queue";

type Rec = SeqRecord;
const ok = (r: Rec) => r.finishReason !== "abort";
const hasFirstToken = (r: Rec) => !Number.isNaN(r.firstTokenAt);

/** Events at a record's moment `at` weighing `w`, for the records `keep` selects. */
const events = (d: LifeData, keep: (r: Rec) => boolean, at: (r: Rec) => number, w: (r: Rec) => number): WeightedEvent[] =>
  d.records.filter(keep).map((r) => ({ t: d.startEpoch + at(r), w: w(r) }));

const fromRecords: Partial<Record<Quantity, (d: LifeData) => WeightedEvent[]>> = {
  finished: (d) => events(d, () => true, (r) => r.finishedAt, () => 1),
  succeeded: (d) => events(d, ok, (r) => r.finishedAt, () => 1),
  received: (d) => events(d, () => true, (r) => r.arrival, () => 1),
  aborted: (d) => events(d, (r) => !ok(r), (r) => r.finishedAt, () => 1),
  first_tokens: (d) => events(d, hasFirstToken, (r) => r.firstTokenAt, () => 1),
  prompt_at_first_token: (d) => events(d, hasFirstToken, (r) => r.firstTokenAt, (r) => r.promptTokens),
  prompt_at_finish: (d) => events(d, () => true, (r) => r.finishedAt, (r) => r.promptTokens),
  prompt_at_finish_succeeded: (d) => events(d, ok, (r) => r.finishedAt, (r) => r.promptTokens),
  generated: (d) => d.records.flatMap((r) => tokenTimes(r).map((t) => ({ t: d.startEpoch + t, w: 1 }))),
  generated_at_finish: (d) => events(d, () => true, (r) => r.finishedAt, (r) => r.outputTokens),
  generated_at_finish_succeeded: (d) => events(d, ok, (r) => r.finishedAt, (r) => r.outputTokens),
  cached_at_finish_succeeded: (d) => events(d, ok, (r) => r.finishedAt, (r) => r.cachedTokens),
};

const fromCounters: Partial<Record<Quantity, (c: GroundTruthCounters) => number>> = {
  preemptions: (c) => c.preemptions,
  prefix_queries: (c) => c.prefixCacheQueriedTokens,
  prefix_hits: (c) => c.prefixCacheHitTokens,
  steps: (c) => c.steps,
};

/** How much of `q` the lifetime had in the interval (events on both edges count). */
export function quantity(d: LifeData, q: Quantity, iv: Interval): number {
  if (q === "energy_j") return increaseIn(d.energyMj, iv) / 1000;
  if (q === "triton_energy_j") return polledIncrease(d.tritonEnergyJ ?? [], iv, d.startEpoch, TRITON_POLL_S);
  // Tokens an engine step schedules: computed prompt tokens (cache hits are not) plus one per decode;
  // a request's first token comes out of its prefill step, not a decode.
  if (q === "step_tokens") {
    return quantity(d, "prompt_at_first_token", iv) - quantity(d, "prefix_hits", iv) + quantity(d, "generated", iv) - quantity(d, "first_tokens", iv);
  }
  const counter = fromCounters[q];
  if (counter) return increaseIn(d.counters.map((s) => ({ t: s.t, v: counter(s.c) })), iv);
  return sumIn(fromRecords[q]!(d), iv);
}

/**
 * The lifetime's counter of `q` at `t`: what a counter that started with the backend shows then (the
 * GPU energy counters count from the GPU's boot, so they start high, as the exporters' do).
 */
export function cumulative(d: LifeData, q: Quantity, t: number): number {
  const since = { from: Number.NEGATIVE_INFINITY, to: t };
  if (q === "energy_j") return atOrNear(d.energyMj, t) / 1000;
  if (q === "triton_energy_j") return polledValue(d.tritonEnergyJ ?? [], t, d.startEpoch, TRITON_POLL_S);
  if (q === "step_tokens") {
    return cumulative(d, "prompt_at_first_token", t) - cumulative(d, "prefix_hits", t) + cumulative(d, "generated", t) - cumulative(d, "first_tokens", t);
  }
  const counter = fromCounters[q];
  if (counter) return atOrNear(d.counters.map((s) => ({ t: s.t, v: counter(s.c) })), t);
  return sumIn(fromRecords[q]!(d), since);
}

/** A sampled counter at t, held at its first (last) sample before (after) the sampled span. */
function atOrNear(samples: readonly CounterSample[], t: number): number {
  if (samples.length === 0) return 0;
  return valueAt(samples, Math.min(Math.max(t, samples[0]!.t), samples.at(-1)!.t));
}

/**
 * A counter that holds its value from one poll to the next: read at `t` it shows the value of t's poll
 * period, which any sample taken in that period has. Linear interpolation would smear the steps.
 */
export function polledIncrease(samples: readonly CounterSample[], iv: Interval, origin: number, period: number): number {
  return polledValue(samples, iv.to, origin, period) - polledValue(samples, iv.from, origin, period);
}

function polledValue(samples: readonly CounterSample[], t: number, origin: number, period: number): number {
  const poll = (x: number) => Math.floor((x - origin) / period);
  const same = samples.find((s) => poll(s.t) === poll(t));
  if (!same) throw new RangeError(`no sample of the polled counter in the poll period around t=${t}`);
  return same.v;
}

/** requestPhases of the fake (vLLM's FinishedRequestStats), in seconds. */
function phases(r: Rec) {
  const e2e = r.finishedAt - r.arrival;
  if (Number.isNaN(r.scheduledAt)) return { e2e, queue: e2e, inference: 0, decode: 0 };
  const decode = Number.isNaN(r.firstTokenAt) ? 0 : r.finishedAt - r.firstTokenAt;
  return { e2e, queue: r.scheduledAt - r.arrival, inference: r.finishedAt - r.scheduledAt, decode };
}

/** Latency observations with the moment the backend's histogram receives each one (epoch seconds). */
export function observations(d: LifeData, kind: LatencyKind, population: Population): Observation[] {
  const recs = d.records.filter((r) => population === "all" || ok(r));
  const at = (t: number) => d.startEpoch + t;
  switch (kind) {
    case "ttft":
      return recs.filter(hasFirstToken).map((r) => ({ t: at(r.firstTokenAt), value: r.firstTokenAt - r.arrival }));
    case "itl":
      return recs.flatMap((r) => {
        const ts = r.tokenTimes ?? [];
        return ts.slice(1).map((t, k) => ({ t: at(t), value: t - ts[k]! }));
      });
    case "tpot":
      return recs.map((r) => ({ t: at(r.finishedAt), value: r.outputTokens > 1 ? phases(r).decode / (r.outputTokens - 1) : 0 }));
    case "tpot_over_all_tokens":
      return recs.map((r) => ({ t: at(r.finishedAt), value: r.outputTokens > 0 ? phases(r).inference / r.outputTokens : 0 }));
    case "e2e":
      return recs.map((r) => ({ t: at(r.finishedAt), value: phases(r).e2e }));
    case "queue":
      return recs.map((r) => ({ t: at(r.finishedAt), value: phases(r).queue }));
  }
}

/** Whether the records can give every ITL observation (they need each token's time). */
export const hasTokenTimes = (d: LifeData) => d.records.every((r) => r.tokenTimes !== undefined && r.tokenTimes.length === r.outputTokens);


// The ground truth of one scope group: the truth of each member instance (by its own flavor's
// definition, truth-table.ts) combined as the query combines series: rates add up, ratios divide
// sums of rates, latency observations pool. Each member's truth is what rate() makes of the true
// counter at the moments its scrapes rendered (sampling.ts), so what is compared is the catalog's
// query, not Prometheus' sampling of a starved target; the rate over the nominal window is kept too.
import type { EngineFlavor, SignalId } from "../types.ts";
import { cumulative, observations, quantity, type LifeData, type Quantity } from "./quantities.ts";
import type { ObservationSets } from "./latency-bounds.ts";
import { sampled, type Sampled, type Scrape } from "./sampling.ts";
import { TRUTH, type Truth } from "./truth-table.ts";
import type { Interval } from "./window.ts";

export interface MemberTruth {
  readonly instance: string;
  readonly flavor: EngineFlavor;
  readonly lifetimes: readonly LifeData[];
}

/** When the query is evaluated and the successful scrapes of each target (epoch seconds). */
export interface Timing {
  readonly at: number;
  readonly window: number;
  readonly engineScrapes: (instance: string) => readonly Scrape[];
  readonly gpuScrapes: (instance: string) => readonly Scrape[];
}

export interface Members {
  readonly engine: ReadonlySet<string>;
  readonly gpu: ReadonlySet<string>;
}

export interface Context {
  readonly members: ReadonlyMap<string, MemberTruth>;
  readonly timing: Timing;
  readonly params: { readonly gpu_hourly_usd: number; readonly gpu_count: number };
}

/**
 * What a rate()-based query should give: `value` with each scrape rendered as its answer was read,
 * [low, high] over every moment the renders could have had; for plain rates also the true rate over
 * the window.
 */
export interface Expected {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly nominal?: number;
}

type Span = "best" | "inner" | "outer";
export type { ObservationSets };

export class NoTruthError extends Error {}

export function truthOf(flavor: EngineFlavor, signal: SignalId): Truth {
  const t = TRUTH[flavor][signal];
  if (!t) throw new NoTruthError(`no ground truth for ${signal} on ${flavor}: add it to truth-table.ts`);
  return t;
}

const amount = (m: MemberTruth, q: Quantity, iv: Interval) => m.lifetimes.reduce((s, l) => s + quantity(l, q, iv), 0);
/** The lifetime (counter) a window starting at `t` reads: the newest backend started by then. */
function lifetimeAt(m: MemberTruth, t: number): LifeData {
  return m.lifetimes.filter((l) => l.startEpoch <= t).at(-1) ?? m.lifetimes[0]!;
}

/** rate() of the member's true counter of `q`, read at the render moments of one span variant. */
function seen(m: MemberTruth, q: Quantity, s: Sampled, span: Span = "best"): number {
  const iv = s[span];
  const l = lifetimeAt(m, iv.from);
  const v1 = cumulative(l, q, iv.from);
  return s.rate(v1, cumulative(l, q, iv.to) - v1);
}

/** value over the likeliest spans, low and high from the narrowest and widest ones. */
function spread(f: (span: Span) => number): Pick<Expected, "value" | "low" | "high"> {
  return { value: f("best"), low: f("inner"), high: f("outer") };
}

/** num / den where num and den each lie in their own range. */
function ratioOf(num: (span: Span) => number, den: (span: Span) => number): Pick<Expected, "value" | "low" | "high"> | undefined {
  const [n, d] = [spread(num), spread(den)];
  if (!(d.low > 0)) return undefined;
  return { value: n.value / d.value, low: n.low / d.high, high: n.high / d.low };
}

function member(ctx: Context, instance: string): MemberTruth {
  const m = ctx.members.get(instance);
  if (!m) throw new Error(`series of instance ${instance}, which is not in the fleet`);
  return m;
}

const engineSampled = (ctx: Context, m: MemberTruth) => sampled(ctx.timing.engineScrapes(m.instance), ctx.timing.at, ctx.timing.window);
const gpuSampled = (ctx: Context, m: MemberTruth) => sampled(ctx.timing.gpuScrapes(m.instance), ctx.timing.at, ctx.timing.window);

function generationQuantity(m: MemberTruth): Quantity {
  const t = truthOf(m.flavor, "generation_tokens_rate");
  if (t.kind !== "rate") throw new Error(`generation_tokens_rate of ${m.flavor} must be a rate`);
  return t.q;
}

/** The true value of a single-value signal for one group; undefined where it has none (x / 0). */
export function expectedValue(flavor: EngineFlavor, signal: SignalId, members: Members, ctx: Context): Expected | undefined {
  if (members.engine.size === 0) return undefined;
  const engine = [...members.engine].map((i) => member(ctx, i));
  const sum = (ms: readonly MemberTruth[], f: (m: MemberTruth) => number) => ms.reduce((s, m) => s + f(m), 0);
  const kinds = new Set(engine.map((m) => truthOf(m.flavor, signal).kind));
  if (kinds.size !== 1) throw new Error(`${signal}: members of one group measure it differently (${[...kinds].join(", ")})`);
  const truth = truthOf(engine[0]!.flavor, signal);
  const of = (m: MemberTruth) => truthOf(m.flavor, signal);
  const { at, window } = ctx.timing;
  const nominal = { from: at - window, to: at };
  switch (truth.kind) {
    case "rate":
      return {
        ...spread((span) => sum(engine, (m) => seen(m, (of(m) as { q: Quantity }).q, engineSampled(ctx, m), span))),
        nominal: sum(engine, (m) => amount(m, (of(m) as { q: Quantity }).q, nominal)) / window,
      };
    case "ratio": {
      const part = (which: "num" | "den") => (span: Span) => sum(engine, (m) => seen(m, (of(m) as Record<typeof which, Quantity>)[which], engineSampled(ctx, m), span));
      return ratioOf(part("num"), part("den"));
    }
    case "energy_per_token": {
      // Energy as the query's flavor reads it (DCGM or Triton's own), from every GPU series in the group.
      const energy = truthOf(flavor, signal);
      if (energy.kind !== "energy_per_token") throw new Error(`energy_per_token of ${flavor} is a ${energy.kind}`);
      const gpuSeen = (m: MemberTruth) => (energy.energy === "energy_j" ? gpuSampled(ctx, m) : engineSampled(ctx, m));
      const joules = (span: Span) => sum([...members.gpu].map((i) => member(ctx, i)), (m) => seen(m, energy.energy, gpuSeen(m), span));
      return ratioOf(joules, (span) => sum(engine, (m) => seen(m, generationQuantity(m), engineSampled(ctx, m), span)));
    }
    case "cost_per_1k": {
      const dollarsPerSecond = (ctx.params.gpu_hourly_usd * ctx.params.gpu_count) / 3600;
      const cost = ratioOf(() => dollarsPerSecond * 1000, (span) => sum(engine, (m) => seen(m, generationQuantity(m), engineSampled(ctx, m), span)));
      const nominalTokens = sum(engine, (m) => amount(m, generationQuantity(m), nominal)) / window;
      return cost && { ...cost, nominal: (dollarsPerSecond / nominalTokens) * 1000 };
    }
    default:
      throw new Error(`${signal} is a ${truth.kind} signal, not a single value`);
  }
}

/**
 * The observations behind a latency signal for one group, pooled over what each member's samples
 * saw: those surely in the window, those perhaps in it (latency-bounds.ts), and the likeliest set.
 * Members weigh equally: each has the same number of scrapes in the window unless one failed.
 */
export function expectedObservations(signal: SignalId, members: Members, ctx: Context): ObservationSets & { readonly best: readonly number[] } {
  const inner: number[] = [];
  const extras: number[] = [];
  const best: number[] = [];
  for (const i of members.engine) {
    const m = member(ctx, i);
    const t = truthOf(m.flavor, signal);
    if (t.kind !== "latency") throw new Error(`${signal} of ${m.flavor} is not a latency`);
    const s = engineSampled(ctx, m);
    const within = (iv: Interval, at: number) => at > iv.from && at <= iv.to;
    for (const o of m.lifetimes.flatMap((l) => observations(l, t.obs, t.population))) {
      if (within(s.inner, o.t)) inner.push(o.value);
      else if (within(s.outer, o.t)) extras.push(o.value);
      if (within(s.best, o.t)) best.push(o.value);
    }
  }
  return { inner, extras, best };
}

/**
 * rate() of histogram series as Prometheus computes them from the true observations: the count of
 * observations matching `pred` (a bucket, or all for _count), or their sum, summed over the group's
 * members, for one span variant.
 */
export function histogramRates(signal: SignalId, members: Members, ctx: Context) {
  const series = [...members.engine].map((i) => {
    const m = member(ctx, i);
    const t = truthOf(m.flavor, signal);
    if (t.kind !== "latency") throw new Error(`${signal} of ${m.flavor} is not a latency`);
    const s = engineSampled(ctx, m);
    return { s, obs: observations(lifetimeAt(m, s.outer.from), t.obs, t.population) };
  });
  const rateOf = (span: Span, weight: (value: number) => number) => series.reduce((sum, { s, obs }) => {
    const iv = s[span];
    const upTo = (x: number) => obs.reduce((a, o) => (o.t <= x ? a + weight(o.value) : a), 0);
    const v1 = upTo(iv.from);
    return sum + s.rate(v1, upTo(iv.to) - v1);
  }, 0);
  return {
    /** rate(_bucket{le}) (or rate(_count) without `le`). */
    count: (span: Span, le = Number.POSITIVE_INFINITY) => rateOf(span, (v) => (v <= le * (1 + 1e-12) ? 1 : 0)),
    /** rate(_sum). */
    sum: (span: Span) => rateOf(span, (v) => v),
  };
}

export const SPANS: readonly Span[] = ["best", "inner", "outer"];

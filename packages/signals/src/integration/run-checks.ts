// Every flavor × signal × statistic × scope, asked of one answer source (Prometheus or direct mode)
// and compared with the ground truth: rates and ratios within 5 %, quantiles inside the bucket that
// holds the true quantile, gauges equal to the raw series of the same scrape, refusals never numbers.
import { CATALOG } from "../catalog/index.ts";
import { isGpuMetric } from "../promql.ts";
import { signalQuery } from "../query.ts";
import { resolveSignal } from "../resolve.ts";
import { LATENCY_STATS, QUANTILE_OF, SIGNAL_IDS, type EngineFlavor, type Expr, type LatencyStat, type SignalId, type SignalQuery, type SignalSource } from "../types.ts";
import { SIGNALS } from "../signals.ts";
import { answerInBucket, bucketOf, formatBucket, nearestRank } from "./buckets.ts";
import { SPANS, expectedObservations, expectedValue, histogramRates, truthOf, type Context, type Expected, type Members, type Timing } from "./expected.ts";
import { bucketSpan, meanRange, quantileRange, shareRange, type ObservationSets } from "./latency-bounds.ts";
import { evaluateRaw, isGaugeOnly } from "./gauge-raw.ts";
import { GAUGE_TRUTH } from "./gauge-truth.ts";
import { exposedBounds, histogramUnit, sameBounds } from "./exposed-buckets.ts";
import { knownGap } from "./known-gaps.ts";
import { membership, usesOf, type ScopeBy } from "./membership.ts";
import type { Snapshot } from "./snapshot.ts";

export const RATE_TOLERANCE = 0.05;
/** A scrape answered within this is as good as taken at its timestamp, for the nominal-window checks. */
const TIMELY_S = 0.1;
export const SCOPES: readonly ScopeBy[] = ["total", "model", "instance"];

export interface AnswerSource {
  readonly name: "prometheus" | "direct";
  /** Every series' value at the evaluation moment (a target whose last scrape failed has none). */
  readonly snapshot: Snapshot;
  /** Every series with samples in the window: who a rate covers, even if the last scrape failed. */
  readonly windowSnapshot: Snapshot;
  readonly timing: Timing;
  /** The value of each scope group ("" for the total). */
  answer(promql: string, expr: Expr, flavor: EngineFlavor, by: ScopeBy): Promise<ReadonlyMap<string, number>>;
}

/**
 * rate: rates, ratios, means and SLO shares against what the samples saw (5 %); nominal: a plain rate
 * against the true rate over the window, which also carries Prometheus' sampling of the target.
 */
export type Rule = "rate" | "nominal" | "quantile" | "buckets" | "gauge" | "refusal" | "groups" | "skipped";

export interface CheckResult {
  readonly source: AnswerSource["name"];
  readonly flavor: EngineFlavor;
  readonly signal: SignalId;
  readonly stat: string;
  readonly by: ScopeBy;
  readonly group: string;
  readonly rule: Rule;
  readonly ok: boolean;
  readonly got?: number;
  readonly want?: number;
  /** |got − want| / want, for rate-like checks. */
  readonly error?: number;
  readonly detail?: string;
}

export interface Check {
  readonly flavor: EngineFlavor;
  readonly signal: SignalId;
  readonly query: SignalQuery;
  readonly stat: string;
}

/** Every query the catalog can be asked: each latency statistic and one SLO threshold per latency signal. */
export function allChecks(flavors: readonly EngineFlavor[], sloSeconds: (flavor: EngineFlavor, signal: SignalId) => number | undefined): Check[] {
  return flavors.flatMap((flavor) => SIGNAL_IDS.flatMap((signal): Check[] => {
    if (SIGNALS[signal].shape === "value") return [{ flavor, signal, query: { signal }, stat: "value" }];
    const slo = sloSeconds(flavor, signal);
    return [
      ...LATENCY_STATS.map((stat) => ({ flavor, signal, query: { signal, stat }, stat })),
      ...(slo === undefined ? [] : [{ flavor, signal, query: { signal, sloSeconds: slo }, stat: `share≤${slo}s` }]),
    ];
  }));
}

/** Why the catalog must refuse this query in this scope, or undefined when it must answer. */
export function expectedRefusal(flavor: EngineFlavor, query: SignalQuery, by: ScopeBy): string | undefined {
  const catalog = CATALOG[flavor];
  const source: SignalSource = catalog.signals[query.signal];
  if (source.kind === "unsupported") return "not exported";
  const percentileOrSlo = query.sloSeconds !== undefined || (query.stat !== undefined && query.stat !== "mean");
  if (source.kind === "counter_mean" && percentileOrSlo) return "mean only";
  if (by === "model") {
    if (catalog.modelLabel === undefined) return "no model label";
    const resolved = resolveSignal(catalog, query);
    if (resolved.ok && usesOf(resolved.expr).some((u) => u.ref.names.some(isGpuMetric))) return "GPU series have no model label";
  }
  return undefined;
}

export interface RunContext extends Omit<Context, "timing"> {
  readonly windowLabel: string;
}

export async function runChecks(source: AnswerSource, checks: readonly Check[], run: RunContext): Promise<CheckResult[]> {
  const ctx: Context = { ...run, timing: source.timing };
  const out: CheckResult[] = [];
  for (const check of checks) {
    for (const by of SCOPES) out.push(...await runOne(source, check, by, ctx, run));
  }
  return out;
}

async function runOne(source: AnswerSource, check: Check, by: ScopeBy, ctx: Context, run: RunContext): Promise<CheckResult[]> {
  const { flavor, signal, query, stat } = check;
  const base = { source: source.name, flavor, signal, stat, by };
  const q = signalQuery(flavor, query, { scope: { by }, window: run.windowLabel, params: run.params });
  const refusal = expectedRefusal(flavor, query, by);
  if (!q.ok || refusal !== undefined) {
    const ok = !q.ok && refusal !== undefined;
    return [{ ...base, group: "", rule: "refusal", ok, detail: q.ok ? `answered (${q.promql}) where it must refuse: ${refusal}` : `${q.reason}${ok ? "" : " (unexpected refusal)"}` }];
  }
  const resolved = resolveSignal(CATALOG[flavor], query);
  if (!resolved.ok) throw new Error(`signalQuery answered but resolveSignal refused: ${resolved.reason}`);
  const expr = resolved.expr;
  const answer = await source.answer(q.promql, expr, flavor, by);
  const modelLabel = CATALOG[flavor].modelLabel;

  if (isGaugeOnly(expr)) {
    const truthExpr = GAUGE_TRUTH[flavor][signal];
    if (!truthExpr) return [{ ...base, group: "", rule: "gauge", ok: false, detail: `no gauge truth for ${signal} on ${flavor}: add it to gauge-truth.ts` }];
    const raw = evaluateRaw(truthExpr, source.snapshot, { by, modelLabel, params: run.params });
    const existing = membership(source.windowSnapshot, expr, by, modelLabel);
    if (raw.size === 0 && answer.size === 0 && existing.engine.size + existing.gpu.size > 0) {
      // The series exist, but the scrape at the evaluation moment failed (a starved target): no value, rightly.
      return [{ ...base, group: "", rule: "skipped", ok: true, detail: "the last scrape before the evaluation moment failed" }];
    }
    return compareGroups(base, answer, raw, (got, want) => ({
      rule: "gauge", got, want, ok: got === want || Math.abs(got - want) <= 1e-9 * Math.abs(want), detail: "raw series of the same scrape",
    }));
  }

  const { engine, gpu } = membership(source.windowSnapshot, expr, by, modelLabel);
  const groups = new Set([...engine.keys(), ...gpu.keys()].filter((g) => (engine.size === 0 || engine.has(g)) && (gpu.size === 0 || gpu.has(g))));
  const members = (g: string): Members => ({ engine: engine.get(g) ?? new Set(), gpu: gpu.get(g) ?? new Set() });
  const truth = truthOf(flavor, signal);

  if (truth.kind === "latency") {
    const hist = CATALOG[flavor].signals[signal];
    const expected = new Map<string, LatencyTruth>();
    for (const g of groups) expected.set(g, { ...expectedObservations(signal, members(g), ctx), rates: histogramRates(signal, members(g), ctx) });
    if (signal === "itl" && [...expected.values()].every((o) => o.inner.length + o.extras.length === 0)) {
      return [{ ...base, group: "", rule: "skipped", ok: true, detail: "the fake's records carry no token times: no ITL ground truth" }];
    }
    const bounds = (g: string) => (hist.kind === "histogram" ? exposedBounds(source.windowSnapshot, hist.histogram, members(g).engine) : []);
    const results = compareGroups(base, answer, expected, (got, obs, g) => latencyCheck(got, obs, query, stat, hist, bounds(g)));
    if (hist.kind === "histogram" && by === "total" && stat === "p50") {
      // Once per histogram: the catalog's bucket list (SLO thresholds are placed on it) is what is exposed.
      const exposed = bounds("");
      results.push({ ...base, group: "", rule: "buckets", ok: sameBounds(hist.buckets, exposed), detail: `catalog ${hist.buckets.join(",")} / exposed ${exposed.join(",")}` });
    }
    return results;
  }

  const gap = knownGap(flavor, signal);
  if (gap) {
    // The documented behaviour the gap produces, asserted so that fixing the fake shows up here.
    return [{ ...base, group: "", rule: "groups", ok: answer.size === 0, detail: `known gap of the fake (${gap.expect}): ${gap.why}` }];
  }
  const want = new Map<string, Expected>();
  const starved: CheckResult[] = [];
  for (const g of groups) {
    try {
      const v = expectedValue(flavor, signal, members(g), ctx);
      if (v !== undefined) want.set(g, v);
    } catch (e) {
      // A starved machine can leave fewer than two scrapes in a window: no truth to check against.
      if (!(e instanceof Error && STARVED.test(e.message))) throw e;
      starved.push({ ...base, group: g, rule: "skipped", ok: true, detail: `late: ${e.message}` });
    }
  }
  const answered = new Map([...answer].filter(([g]) => !starved.some((r) => r.group === g)));
  const results = [...starved, ...compareGroups(base, answered, want, (got, w) => rateCheck(got, w))];
  for (const [group, w] of want) {
    const got = answer.get(group);
    if (w.nominal === undefined || got === undefined) continue;
    const late = Math.max(...[...members(group).engine].flatMap((i) => ctx.timing.engineScrapes(i)
      .filter((s) => s.t >= ctx.timing.at - ctx.timing.window && s.t <= ctx.timing.at).map((s) => s.answered - s.t)));
    results.push(late > TIMELY_S
      ? { ...base, group, rule: "skipped", ok: true, detail: `nominal not asserted: a scrape answered ${(late * 1000).toFixed(0)} ms late, so its samples are not the window's` }
      : { ...base, group, ...rateCheck(got, { value: w.nominal, low: w.nominal, high: w.nominal }), rule: "nominal", detail: "true rate over the window" });
  }
  return results;
}

/** sampling.ts's error when a window holds fewer than two scrapes. */
const STARVED = /^\d+ scrape\(s\) in the .* window before .*: rate\(\) needs 2$/;

/**
 * Within 5 % of the range the truth can have (a scrape's render moment is only known within its
 * duration); `error` is the distance from the likeliest value, for the log.
 */
function rateCheck(got: number, want: Pick<Expected, "value" | "low" | "high">) {
  const rel = (a: number, b: number) => (b === 0 ? (a === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(a - b) / Math.abs(b));
  const ok = (got >= want.low && got <= want.high) || rel(got, want.low) <= RATE_TOLERANCE || rel(got, want.high) <= RATE_TOLERANCE;
  const detail = want.low === want.high ? undefined : `truth between ${want.low.toPrecision(5)} and ${want.high.toPrecision(5)}`;
  return { rule: "rate" as const, got, want: want.value, error: rel(got, want.value), ok, ...(detail ? { detail } : {}) };
}

/** A statistic's range [low, high] and its likeliest value, as rateCheck takes them. */
function within(range: [number, number] | undefined, best: number | undefined): Pick<Expected, "value" | "low" | "high"> {
  if (!range) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  return { value: best ?? range[0], low: range[0], high: range[1] };
}

type LatencyTruth = ObservationSets & { readonly best: readonly number[]; readonly rates: ReturnType<typeof histogramRates> };

/** The spread of a statistic over the span variants of the rate() model. */
const modelRange = (f: (span: (typeof SPANS)[number]) => number): Pick<Expected, "value" | "low" | "high"> => {
  const v = SPANS.map(f);
  return { value: v[0]!, low: Math.min(...v), high: Math.max(...v) };
};

/**
 * A latency statistic is right if it matches the true statistic of the observations in the window,
 * or what histogram_quantile / rate ratios give from the true counters (Prometheus' extrapolation
 * weighs each series on its own, which can move a share or a quantile near a bucket bound).
 */
function latencyCheck(got: number, obs: LatencyTruth, query: SignalQuery, stat: string, hist: SignalSource, exposed: readonly number[]) {
  const n = `${obs.inner.length} observations (+${obs.extras.length} at the window's edges)`;
  const either = (a: ReturnType<typeof rateCheck>, b: ReturnType<typeof rateCheck>) =>
    a.ok || !b.ok ? { ...a, detail: n } : { ...b, detail: `${n}; matches rate() of the true counters, not the observations' own value` };
  if (query.sloSeconds !== undefined) {
    const b = query.sloSeconds;
    const best = obs.best.filter((v) => v <= b * (1 + 1e-9)).length / obs.best.length;
    return either(rateCheck(got, within(shareRange(obs, b), best)), rateCheck(got, modelRange((s) => obs.rates.count(s, b) / obs.rates.count(s))));
  }
  if (stat === "mean") {
    return either(rateCheck(got, within(meanRange(obs), obs.best.reduce((s, v) => s + v, 0) / obs.best.length)),
      rateCheck(got, modelRange((s) => obs.rates.sum(s) / obs.rates.count(s))));
  }
  if (hist.kind !== "histogram") throw new Error(`percentile of a ${hist.kind} source`);
  // The histogram's own unit, from its name: the catalog's `scale` is what is under test.
  const scale = histogramUnit(hist.histogram.names[0]);
  const bounds = exposed.map((b) => b * scale);
  const q = QUANTILE_OF[stat as Exclude<LatencyStat, "mean">];
  const range = quantileRange(obs, q);
  if (!range) return { rule: "quantile" as const, got, ok: false, detail: "no observations" };
  const span = bucketSpan(bounds, range);
  const model = SPANS.map((s) => bucketOf(bounds, chosenBound(exposed, q, (le) => obs.rates.count(s, le)) * scale));
  const modelSpan = { lower: Math.min(...model.map((b) => b.lower)), upper: Math.max(...model.map((b) => b.upper)) };
  const trueValue = nearestRank(obs.best, q) ?? range[0];
  const inTrue = answerInBucket(span, got);
  return {
    rule: "quantile" as const, got, want: trueValue, ok: inTrue || answerInBucket(modelSpan, got),
    detail: `true ${stat} ${range[0] === range[1] ? range[0].toPrecision(4) : `${range[0].toPrecision(4)}–${range[1].toPrecision(4)}`} in ${formatBucket(span)}` +
      `${inTrue ? "" : `; rate() of the true buckets picks ${formatBucket(modelSpan)}`}, ${n}`,
  };
}

/** The bucket bound histogram_quantile picks: the first whose rate reaches q × the total rate. */
function chosenBound(bounds: readonly number[], q: number, rate: (le: number) => number): number {
  const rank = q * rate(Number.POSITIVE_INFINITY);
  return bounds.find((le) => rate(le) >= rank) ?? Number.POSITIVE_INFINITY;
}

type Base = Pick<CheckResult, "source" | "flavor" | "signal" | "stat" | "by">;

/** Same groups on both sides, then one comparison per group. */
function compareGroups<W>(base: Base, got: ReadonlyMap<string, number>, want: ReadonlyMap<string, W>, compare: (got: number, want: W, group: string) => Omit<CheckResult, keyof Base | "group">): CheckResult[] {
  const out: CheckResult[] = [];
  for (const [group, w] of want) {
    const g = got.get(group);
    if (g === undefined) out.push({ ...base, group, rule: "groups", ok: false, detail: "no value where the ground truth has one" });
    else out.push({ ...base, group, ...compare(g, w, group) });
  }
  for (const [group, g] of got) {
    if (!want.has(group)) out.push({ ...base, group, rule: "groups", ok: false, got: g, detail: "a value for a group the ground truth does not have" });
  }
  if (want.size === 0 && got.size === 0) out.push({ ...base, group: "", rule: "groups", ok: false, detail: "no value and no ground truth: nothing was checked" });
  return out;
}

import type { RequestRecord } from "./types.ts";

/** Latency targets in seconds; a request is "good" when it meets every one given. */
export interface SloTargets {
  readonly ttft?: number;
  /** The request's mean inter-token latency, (finish - first token) / (n - 1): vLLM's goodput `tpot`. */
  readonly itl?: number;
  readonly e2e?: number;
}

/** Seconds. NaN everywhere when `count` is 0 (no value is not a zero). */
export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * "token-times": every gap between consecutive tokens, pooled over requests (vLLM's benchmark ITL).
 * "per-request-mean": records carry no token times, so each request's mean gap stands for its n - 1
 * gaps; the mean is then exact and the percentiles an approximation.
 */
export type ItlSource = "token-times" | "per-request-mean";

export interface SimulationSummary {
  /** `completed` ended with stop/length; `aborted` were cancelled; `rejected` got HTTP 400 (errors). */
  readonly requests: { readonly total: number; readonly completed: number; readonly aborted: number; readonly rejected: number };
  /** First arrival to last finish, unless given. Rates below divide by it (NaN when it is 0). */
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  /** Tokens of completed requests, as vLLM's benchmark counts them. */
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly inputTokensPerSecond: number;
  readonly outputTokensPerSecond: number;
  readonly ttft: Distribution;
  readonly itl: Distribution;
  readonly itlSource: ItlSource;
  /** (finish - first token) / (n - 1), over requests with at least 2 output tokens. */
  readonly tpot: Distribution;
  readonly e2e: Distribution;
  /** Arrival to first scheduled (vLLM's queue time). */
  readonly queue: Distribution;
  readonly slo?: {
    readonly targets: SloTargets;
    /** Completed requests meeting every target. */
    readonly met: number;
    /** met / total: aborted and rejected requests count as missed. */
    readonly attainment: number;
    /** met / duration, requests per second. */
    readonly goodput: number;
  };
}

export interface SummaryOptions {
  /** Requests refused before queueing (SimulationResult.rejected.length). */
  readonly rejected?: number;
  readonly slo?: SloTargets;
  readonly durationSeconds?: number;
}

/** Summarises finished requests the way vLLM's serving benchmark does (only completed ones in latencies). */
export function summarize(records: readonly RequestRecord[], opts: SummaryOptions = {}): SimulationSummary {
  const done = records.filter((r) => r.finishReason !== "abort");
  const rejected = opts.rejected ?? 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.arrival < first) first = r.arrival;
    if (r.finishedAt > last) last = r.finishedAt;
  }
  const duration = opts.durationSeconds ?? (records.length > 0 ? last - first : 0);
  const rate = (n: number) => (duration > 0 ? n / duration : Number.NaN);
  const inputTokens = done.reduce((a, r) => a + r.promptTokens, 0);
  const outputTokens = done.reduce((a, r) => a + r.outputTokens, 0);
  const multi = done.filter((r) => r.outputTokens > 1);
  const meanGap = (r: RequestRecord) => (r.finishedAt - r.firstTokenAt) / (r.outputTokens - 1);
  const withTimes = multi.every((r) => r.tokenTimes !== undefined && r.tokenTimes.length === r.outputTokens);
  const summary: SimulationSummary = {
    requests: { total: records.length + rejected, completed: done.length, aborted: records.length - done.length, rejected },
    durationSeconds: duration,
    requestsPerSecond: rate(done.length),
    inputTokens, outputTokens,
    inputTokensPerSecond: rate(inputTokens),
    outputTokensPerSecond: rate(outputTokens),
    ttft: distribution(done.map((r) => r.firstTokenAt - r.arrival)),
    itl: withTimes ? distribution(pooledGaps(multi)) : distribution(multi.map(meanGap), multi.map((r) => r.outputTokens - 1)),
    itlSource: withTimes ? "token-times" : "per-request-mean",
    tpot: distribution(multi.map(meanGap)),
    e2e: distribution(done.map((r) => r.finishedAt - r.arrival)),
    queue: distribution(done.map((r) => r.scheduledAt - r.arrival)),
  };
  const t = opts.slo;
  if (!t || (t.ttft === undefined && t.itl === undefined && t.e2e === undefined)) return summary;
  const met = done.filter((r) =>
    (t.ttft === undefined || r.firstTokenAt - r.arrival <= t.ttft) &&
    (t.e2e === undefined || r.finishedAt - r.arrival <= t.e2e) &&
    (t.itl === undefined || r.outputTokens < 2 || meanGap(r) <= t.itl)).length;
  const total = summary.requests.total;
  return { ...summary, slo: { targets: t, met, attainment: total > 0 ? met / total : Number.NaN, goodput: rate(met) } };
}

function pooledGaps(records: readonly RequestRecord[]): Float64Array {
  const out = new Float64Array(records.reduce((a, r) => a + r.outputTokens - 1, 0));
  let k = 0;
  for (const r of records) {
    const ts = r.tokenTimes!;
    for (let i = 1; i < ts.length; i++) out[k++] = ts[i]! - ts[i - 1]!;
  }
  return out;
}

/**
 * Mean and percentiles with numpy's default (linear) interpolation, as vLLM's benchmark reports them.
 * `weights` (positive integers) count each value that many times without building the expanded array.
 */
export function distribution(values: ArrayLike<number>, weights?: readonly number[]): Distribution {
  const n = values.length;
  const order = weights ? Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!) : undefined;
  const sorted = order ? Float64Array.from(order, (i) => values[i]!) : Float64Array.from(values).sort();
  const cum = new Float64Array(n);
  let count = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = order ? weights![order[i]!]! : 1;
    count += w;
    sum += w * sorted[i]!;
    cum[i] = count;
  }
  if (count === 0) return { count: 0, mean: Number.NaN, p50: Number.NaN, p90: Number.NaN, p95: Number.NaN, p99: Number.NaN };
  // Value at position k of the expanded array: the first i whose cumulative count exceeds k.
  const at = (k: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > k) hi = mid;
      else lo = mid + 1;
    }
    return sorted[lo]!;
  };
  const pct = (p: number) => {
    const rank = (p / 100) * (count - 1);
    const lo = Math.floor(rank);
    const a = at(lo);
    return rank === lo ? a : a + (at(lo + 1) - a) * (rank - lo);
  };
  return { count, mean: sum / count, p50: pct(50), p90: pct(90), p95: pct(95), p99: pct(99) };
}

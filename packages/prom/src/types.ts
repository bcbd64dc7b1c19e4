// What callers get: the wire shapes of wire-schemas.ts after one conversion. Numbers are numbers
// (NaN and ±Inf included), times are Unix ms, and an absent value is `null`, never 0.

export type Labels = Readonly<Record<string, string>>;

/** A float sample. `value` may be NaN, +Infinity or -Infinity: Prometheus produces all three. */
export interface Sample {
  readonly timeMs: number;
  readonly value: number;
}

export interface HistogramBucket {
  /** 0: (lower, upper], 1: [lower, upper), 2: (lower, upper), 3: [lower, upper] — Prometheus' encoding. */
  readonly boundaryRule: number;
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
}

/** A native histogram sample (Prometheus ≥ 2.40 with native histograms enabled). */
export interface HistogramSample {
  readonly timeMs: number;
  readonly count: number;
  readonly sum: number;
  readonly buckets: readonly HistogramBucket[];
}

/** One series of an instant vector: exactly one of `value` and `histogram` is non-null. */
export interface VectorElement {
  readonly metric: Labels;
  readonly value: Sample | null;
  readonly histogram: HistogramSample | null;
}

/** One series of a range vector; samples are in time order and only where data exists (gaps are absent). */
export interface MatrixSeries {
  readonly metric: Labels;
  readonly values: readonly Sample[];
  readonly histograms: readonly HistogramSample[];
}

export interface StringSample {
  readonly timeMs: number;
  readonly value: string;
}

export type QueryData =
  | { readonly resultType: "vector"; readonly result: readonly VectorElement[] }
  | { readonly resultType: "matrix"; readonly result: readonly MatrixSeries[] }
  | { readonly resultType: "scalar"; readonly result: Sample }
  | { readonly resultType: "string"; readonly result: StringSample };

export type ResultType = QueryData["resultType"];

/** A successful response: the converted data plus Prometheus' non-fatal annotations. */
export interface PromResponse<T> {
  readonly data: T;
  readonly warnings: readonly string[];
  readonly infos: readonly string[];
}

export type TargetHealth = "up" | "down" | "unknown";

export interface ActiveTarget {
  readonly labels: Labels;
  readonly discoveredLabels: Labels;
  readonly scrapePool: string;
  readonly scrapeUrl: string;
  readonly globalUrl: string;
  readonly health: TargetHealth;
  /** `null` when the last scrape succeeded (the wire sends ""). */
  readonly lastError: string | null;
  /** `null` until the first scrape (the wire sends Go's zero time). */
  readonly lastScrapeMs: number | null;
  readonly lastScrapeDurationMs: number | null;
  /** Prometheus duration strings as configured, e.g. "15s"; absent before Prometheus 2.26. */
  readonly scrapeInterval: string | null;
  readonly scrapeTimeout: string | null;
}

export interface DroppedTarget {
  readonly discoveredLabels: Labels;
}

export interface TargetsData {
  readonly activeTargets: readonly ActiveTarget[];
  readonly droppedTargets: readonly DroppedTarget[];
}

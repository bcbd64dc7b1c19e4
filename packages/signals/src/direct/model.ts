/** Label names to values. Built with a null prototype: `__proto__` is a legal label name. */
export type Labels = Readonly<Record<string, string>>;

/** One sample line of a scrape, labels as exposed (the target's `instance` is added by the store). */
export interface Sample {
  readonly name: string;
  readonly labels: Labels;
  readonly value: number;
  /** Milliseconds, when the line carries one; direct mode stores samples at scrape time regardless. */
  readonly timestampMs?: number;
}

export const METRIC_TYPES = ["counter", "gauge", "histogram", "summary", "untyped", "unknown", "info", "stateset", "gaugehistogram"] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

/** Why a /metrics body was refused: 1-based line and column, and the start of the offending line. */
export interface ParseError {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly excerpt: string;
}

export type ParseResult =
  | { readonly ok: true; readonly samples: readonly Sample[]; readonly types: ReadonlyMap<string, MetricType> }
  | { readonly ok: false; readonly error: ParseError };

export const emptyLabels = (): Record<string, string> => Object.create(null) as Record<string, string>;

export function formatParseError(e: ParseError): string {
  return `line ${e.line}, column ${e.column}: ${e.reason} (${JSON.stringify(e.excerpt)})`;
}

// A /metrics body taken from a running fake, turned into a function of time: cumulative series
// (counters, histogram buckets, _sum, _count) grow linearly from 0 at `zeroMs` through their template
// value at `templateMs` and on; everything else keeps its template value. One scale factor per
// simulated instance multiplies every cumulative series alike, so buckets stay monotone in `le`,
// _count stays equal to the +Inf bucket, and rates and quantiles stay those of a real server.

export interface TemplateSeries {
  /** `name{labels} ` as in the body: what a scrape serves before the value. */
  readonly prefix: string;
  readonly name: string;
  /** Labels of the body, without job/instance (Prometheus adds those). */
  readonly labels: readonly (readonly [string, string])[];
  readonly value: number;
  readonly cumulative: boolean;
}

export interface Exposition {
  readonly series: readonly TemplateSeries[];
  /** The body's lines in order: comments (HELP, TYPE) verbatim, samples as series. */
  readonly lines: readonly (string | TemplateSeries)[];
  readonly zeroMs: number;
  readonly templateMs: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const CUMULATIVE_FAMILY = new Set(["counter", "histogram", "summary"]);

const unescape = (v: string) => v.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));

/** The family a sample belongs to: the TYPE line's name, else the sample name without its suffix. */
function familyKind(name: string, types: ReadonlyMap<string, string>): string | undefined {
  if (types.has(name)) return types.get(name);
  for (const suffix of ["_bucket", "_count", "_sum", "_total", "_created"]) {
    if (name.endsWith(suffix) && types.has(name.slice(0, -suffix.length))) return types.get(name.slice(0, -suffix.length));
  }
  return undefined;
}

/** Parses a text-format body; `_created` samples are start times, so they stay constant. */
export function parseExposition(body: string, templateMs: number, zeroMs: number): Exposition {
  if (!(zeroMs < templateMs)) throw new RangeError(`zeroMs (${zeroMs}) must be before templateMs (${templateMs})`);
  const types = new Map<string, string>();
  const series: TemplateSeries[] = [];
  const lines: (string | TemplateSeries)[] = [];
  for (const line of body.split("\n")) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line.startsWith("#")) lines.push(line);
    if (line === "" || line.startsWith("#")) continue;
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample line: ${JSON.stringify(line.slice(0, 120))}`);
    const [, name, rawLabels = "", rawValue] = m as unknown as [string, string, string | undefined, string];
    const value = Number(rawValue);
    if (Number.isNaN(value) && rawValue !== "NaN") throw new Error(`bad value in ${JSON.stringify(line.slice(0, 120))}`);
    const labels = [...rawLabels.matchAll(LABEL)].map((l) => [l[1]!, unescape(l[2]!)] as const);
    const kind = familyKind(name, types);
    const cumulative = kind !== undefined && CUMULATIVE_FAMILY.has(kind) && !name.endsWith("_created") && Number.isFinite(value);
    const s: TemplateSeries = { prefix: `${name}${rawLabels} `, name, labels, value, cumulative };
    series.push(s);
    lines.push(s);
  }
  return { series, lines, zeroMs, templateMs };
}

/** The value of `s` at `atMs` for an instance whose cumulative series run `scale` times the template's pace. */
export function valueAt(e: Exposition, s: TemplateSeries, atMs: number, scale: number): number {
  if (!s.cumulative) return s.value;
  return (s.value * scale * Math.max(0, atMs - e.zeroMs)) / (e.templateMs - e.zeroMs);
}

/** The body a scrape at `atMs` gets. */
export function renderAt(e: Exposition, atMs: number, scale: number): string {
  let out = "";
  for (const l of e.lines) out += typeof l === "string" ? `${l}\n` : `${l.prefix}${valueAt(e, l, atMs, scale)}\n`;
  return out;
}

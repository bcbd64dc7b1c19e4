import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import parsePrometheusTextFormat from "parse-prometheus-text-format";

/** One family: name, type and HELP from the parser, label sets read from the family's sample lines. */
export interface ParsedFamily {
  readonly name: string;
  readonly type: string;
  readonly help: string;
  /** Label sets of the family's series, `le`/`quantile` removed, in order of appearance. */
  readonly series: readonly { readonly labels: Record<string, string> }[];
}

/** shared/ sits beside the repository root; resolved from this file so tests run from any cwd. */
const FIXTURES = fileURLToPath(new URL("../../../../../../shared/fixtures/metrics/", import.meta.url));

export function readFixture(name: string): string {
  return readFileSync(FIXTURES + name, "utf8");
}

/**
 * Parses with parse-prometheus-text-format (it throws on any malformed line). Its histogram flattening
 * drops labels, so label sets are read from the sample lines of each family instead.
 */
export function parseExposition(text: string): Map<string, ParsedFamily> {
  const out = new Map<string, ParsedFamily>();
  for (const f of parsePrometheusTextFormat(text)) {
    const series = new Map<string, Record<string, string>>();
    for (const line of text.split("\n")) {
      const name = line.slice(0, Math.min(...[line.indexOf("{"), line.indexOf(" ")].filter((i) => i >= 0)));
      if (line.startsWith("#") || ![f.name, `${f.name}_bucket`, `${f.name}_count`, `${f.name}_sum`].includes(name)) continue;
      const labels = parseLabels(line);
      delete labels.le;
      delete labels.quantile;
      series.set(JSON.stringify(labels), labels);
    }
    out.set(f.name, { name: f.name, type: f.type.toLowerCase(), help: f.help, series: [...series.values()].map((labels) => ({ labels })) });
  }
  return out;
}

function parseLabels(line: string): Record<string, string> {
  const open = line.indexOf("{");
  if (open < 0 || open > line.indexOf(" ")) return {};
  const labels: Record<string, string> = {};
  for (const m of line.slice(open + 1, line.lastIndexOf("}")).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[m[1]!] = m[2]!;
  return labels;
}

/** `name type` for every family, `_created` gauge blocks left out. */
export function familyTypes(families: Map<string, ParsedFamily>): string[] {
  return [...families.values()].filter((f) => !f.name.endsWith("_created")).map((f) => `${f.name} ${f.type}`);
}

/** Label names of a family's series (histogram `le` and summary `quantile` excluded), sorted. */
export function labelNames(f: ParsedFamily): string[] {
  return [...new Set(f.series.flatMap((m) => Object.keys(m.labels)))].sort();
}

/** The `le` strings of one family's first series, in the order the lines appear. */
export function leOrder(text: string, family: string): string[] {
  const out: string[] = [];
  let first: string | undefined;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${family}_bucket{`)) continue;
    const series = line.slice(0, line.indexOf("}")).replace(/,?le="[^"]*"/, "");
    first ??= series;
    if (series === first) out.push(/le="([^"]*)"/.exec(line)![1]!);
  }
  return out;
}

/** Sample lines of one family (name plus any suffix), in order, values included. */
export function familyLines(text: string, family: string): string[] {
  return text.split("\n").filter((l) => l.startsWith(`${family}{`) || l.startsWith(`${family} `) || new RegExp(`^${family.replace(/[:]/g, "\\:")}_(bucket|count|sum|total|created)[{ ]`).test(l));
}

/** The value of the one sample line whose name and labels, as printed, are exactly `series`. */
export function sampleValue(text: string, series: string): number {
  const hits = text.split("\n").filter((l) => l.slice(0, l.lastIndexOf(" ")) === series);
  if (hits.length !== 1) throw new Error(`${hits.length} lines for ${series}`);
  return Number(hits[0]!.slice(hits[0]!.lastIndexOf(" ") + 1));
}

/** Sum of the values of every sample line whose name (before `{`) is `name` and labels contain `match`. */
export function sumSamples(text: string, name: string, match = ""): number {
  let sum = 0;
  for (const l of text.split("\n")) {
    const brace = l.indexOf("{");
    const n = brace < 0 ? l.slice(0, l.indexOf(" ")) : l.slice(0, brace);
    if (n === name && l.includes(match)) sum += Number(l.slice(l.lastIndexOf(" ") + 1));
  }
  return sum;
}

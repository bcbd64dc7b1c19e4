import { parseGoFloat } from "./go-float.ts";
import { emptyLabels, type Sample } from "./model.ts";

/** A sample line, or why not: `column` is the 1-based position where reading stopped. */
export type LineResult = { readonly ok: true; readonly sample: Sample } | { readonly ok: false; readonly column: number; readonly reason: string };

const isNameStart = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
const isNameChar = (c: string) => isNameStart(c) || (c >= "0" && c <= "9");
const isMetricStart = (c: string) => isNameStart(c) || c === ":";
const isMetricChar = (c: string) => isNameChar(c) || c === ":";

/**
 * One `name{labels} value [timestamp]` line as Prometheus' text lexer reads it: whitespace allowed
 * between tokens, a trailing comma in the label set, escapes `\\` `\"` `\n` in label values (any
 * other `\x` is kept as written, as Prometheus does). Empty label values are dropped, as at ingestion.
 */
export function parseSampleLine(line: string): LineResult {
  let i = 0;
  const fail = (reason: string): LineResult => ({ ok: false, column: i + 1, reason });
  const skipSpace = () => { while (line[i] === " " || line[i] === "\t") i++; };

  if (!isMetricStart(line[i] ?? "")) return fail("expected a metric name");
  const nameStart = i;
  while (i < line.length && isMetricChar(line[i]!)) i++;
  const name = line.slice(nameStart, i);
  const afterName = i;
  skipSpace();

  const labels = emptyLabels();
  if (line[i] === "{") {
    i++;
    const seen = new Set<string>();
    for (;;) {
      skipSpace();
      if (line[i] === "}") break;
      if (!isNameStart(line[i] ?? "")) return fail("expected a label name or '}'");
      const start = i;
      while (i < line.length && isNameChar(line[i]!)) i++;
      const label = line.slice(start, i);
      if (seen.has(label)) return fail(`duplicate label ${JSON.stringify(label)}`);
      seen.add(label);
      skipSpace();
      if (line[i] !== "=") return fail(`expected '=' after label ${JSON.stringify(label)}`);
      i++;
      skipSpace();
      if (line[i] !== '"') return fail(`expected '"' to open the value of label ${JSON.stringify(label)}`);
      i++;
      let value = "";
      for (;;) {
        const runStart = i;
        while (i < line.length && line[i] !== '"' && line[i] !== "\\") i++;
        value += line.slice(runStart, i);
        const c = line[i];
        if (c === undefined) return fail(`unterminated value of label ${JSON.stringify(label)}`);
        i++;
        if (c === '"') break;
        const e = line[i];
        if (e === undefined) return fail(`unterminated value of label ${JSON.stringify(label)}`);
        i++;
        value += e === "n" ? "\n" : e === "\\" || e === '"' ? e : `\\${e}`;
      }
      if (value !== "") labels[label] = value;
      skipSpace();
      if (line[i] === ",") { i++; continue; }
      if (line[i] !== "}") return fail("expected ',' or '}' after a label value");
    }
    i++;
    skipSpace();
  } else if (i === afterName && i < line.length) {
    return fail(`unexpected character ${JSON.stringify(line[i])} after the metric name ${JSON.stringify(name)}`);
  }

  const valueStart = i;
  while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
  if (i === valueStart) return fail(`expected a value for ${JSON.stringify(name)}`);
  const raw = line.slice(valueStart, i);
  const value = parseGoFloat(raw);
  if (value === undefined) { i = valueStart; return fail(`invalid value ${JSON.stringify(raw.slice(0, 40))}`); }
  skipSpace();
  if (i === line.length) return { ok: true, sample: { name, labels, value } };

  const tsStart = i;
  while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
  const rawTs = line.slice(tsStart, i);
  const ts = /^-?\d{1,16}$/.test(rawTs) ? Number(rawTs) : undefined;
  if (ts === undefined || !Number.isSafeInteger(ts)) { i = tsStart; return fail(`invalid timestamp ${JSON.stringify(rawTs.slice(0, 40))} (integer milliseconds expected)`); }
  skipSpace();
  if (i < line.length) return fail("unexpected text after the timestamp");
  return { ok: true, sample: { name, labels, value, timestampMs: ts } };
}

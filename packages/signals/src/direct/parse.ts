import { METRIC_TYPES, type MetricType, type ParseError, type ParseResult, type Sample } from "./model.ts";
import { parseSampleLine } from "./parse-line.ts";

const EXCERPT = 120;
const isMetricName = (s: string) => /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(s);

/**
 * Parses a Prometheus text exposition (0.0.4) body. Never throws: any input gives the samples or the
 * first error with its line. Accepts what Prometheus' scraper accepts, plus OpenMetrics' `# EOF`
 * and type words; refuses, like promtool, a second HELP or TYPE line for one name.
 */
export function parseExposition(text: string): ParseResult {
  const samples: Sample[] = [];
  const types = new Map<string, MetricType>();
  const helps = new Set<string>();
  let eofLine = 0;
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    const fail = (column: number, reason: string): ParseResult => ({ ok: false, error: errorAt(lineNo, column, reason, line) });

    const bad = /[\0\r]/.exec(line);
    if (bad) return fail(bad.index + 1, bad[0] === "\0" ? "NUL byte (binary data?)" : "carriage return (CRLF line endings are not exposition format)");
    const indent = /^[ \t]*/.exec(line)![0].length;
    const body = line.slice(indent);
    if (body === "") continue;
    if (eofLine > 0) return fail(indent + 1, `content after "# EOF" on line ${eofLine}`);
    if (!body.startsWith("#")) {
      const r = parseSampleLine(body);
      if (!r.ok) return fail(indent + r.column, r.reason);
      samples.push(r.sample);
      continue;
    }
    if (/^#[ \t]*EOF[ \t]*$/.test(body)) { eofLine = lineNo; continue; }
    const meta = /^#[ \t]+(HELP|TYPE)[ \t]+(.*)$/.exec(body);
    if (!meta) continue; // any other comment
    const [, keyword, rest] = meta as unknown as [string, "HELP" | "TYPE", string];
    const name = /^\S*/.exec(rest)![0];
    const column = indent + body.length - rest.length + 1;
    if (!isMetricName(name)) return fail(column, `expected a metric name after # ${keyword}`);
    const arg = rest.slice(name.length).trim();
    if (keyword === "HELP") {
      if (helps.has(name)) return fail(column, `second HELP line for ${name}`);
      helps.add(name);
      continue;
    }
    if (types.has(name)) return fail(column, `second TYPE line for ${name}`);
    if (!(METRIC_TYPES as readonly string[]).includes(arg)) return fail(column + name.length + 1, `unknown metric type ${JSON.stringify(arg.slice(0, 40))} for ${name}`);
    types.set(name, arg as MetricType);
  }
  return { ok: true, samples, types };
}

function errorAt(line: number, column: number, reason: string, text: string): ParseError {
  return { line, column, reason, excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text };
}

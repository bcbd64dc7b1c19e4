// The metric names a PromQL expression selects, from a small lexer that follows Prometheus' own
// (strings, `{}` matchers, `[]` ranges, `#` comments): enough to check that a dashboard reads only
// what the catalog and the recording rules define, as vLLM's dashboard generator does.

/** One vector selector: its metric name(s) and label matchers, as written. */
export interface Selector {
  /** From the name before `{`, or from a `__name__` equality or plain `a|b` regex matcher. */
  readonly names: readonly string[];
  readonly matchers: readonly { readonly label: string; readonly op: string; readonly value: string }[];
}

type Token =
  | { readonly t: "ident"; readonly v: string }
  | { readonly t: "string"; readonly v: string }
  | { readonly t: "punct"; readonly v: string }
  | { readonly t: "other" };

/** Label-list keywords: `by (a, b)` holds label names, not metrics. */
const LABEL_LIST = new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);
const KEYWORDS = new Set(["and", "or", "unless", "bool", "offset", "atan2", "inf", "nan", ...LABEL_LIST]);
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export class PromQLLexError extends Error {}

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "#") while (i < src.length && src[i] !== "\n") i++;
    else if (c === '"' || c === "'" || c === "`") {
      let v = "";
      for (i++; i < src.length && src[i] !== c; i++) {
        if (src[i] === "\\" && c !== "`") v += src[++i] ?? "";
        else v += src[i];
      }
      if (i >= src.length) throw new PromQLLexError(`unterminated string in ${src}`);
      i++;
      out.push({ t: "string", v });
    } else if (c === "[") {
      // Range or subquery: a duration or a Grafana variable such as $__rate_interval.
      const end = src.indexOf("]", i);
      if (end < 0) throw new PromQLLexError(`unterminated range in ${src}`);
      i = end + 1;
      out.push({ t: "other" });
    } else if (/[a-zA-Z_:]/.test(c)) {
      const m = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(src.slice(i))![0];
      i += m.length;
      out.push({ t: "ident", v: m });
    } else if (/[0-9.$]/.test(c)) {
      // Numbers, durations and Grafana variables ($gpu_count) outside strings: not names.
      const m = /^[$0-9.a-zA-Z_+]+/.exec(src.slice(i))![0];
      i += m.length;
      out.push({ t: "other" });
    } else {
      const two = src.slice(i, i + 2);
      const op = ["=~", "!~", "!=", "==", ">=", "<="].includes(two) ? two : c;
      i += op.length;
      out.push({ t: "punct", v: op });
    }
  }
  return out;
}

/** Every vector selector of `expr`, in order. Throws on a `__name__` regex that is not a plain list. */
export function selectorsOf(expr: string): Selector[] {
  const tokens = lex(expr);
  const out: Selector[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    if (tok.t === "ident" && LABEL_LIST.has(tok.v.toLowerCase()) && next?.t === "punct" && next.v === "(") {
      k = closing(tokens, k + 1);
      continue;
    }
    // A function or an aggregator: `rate(`, `sum(`, `sum by (`.
    const isCall = (next?.t === "punct" && next.v === "(") || (next?.t === "ident" && ["by", "without"].includes(next.v.toLowerCase()));
    const isName = tok.t === "ident" && !KEYWORDS.has(tok.v.toLowerCase()) && !isCall;
    const opensBraces = tok.t === "punct" && tok.v === "{";
    if (!isName && !opensBraces) continue;
    let matchers: Selector["matchers"] = [];
    if (isName && next?.t === "punct" && next.v === "{") {
      [matchers, k] = readMatchers(tokens, k + 1, expr);
    } else if (opensBraces) {
      [matchers, k] = readMatchers(tokens, k, expr);
    }
    const names = isName ? [(tok as { v: string }).v] : namesFromMatchers(matchers, expr);
    out.push({ names, matchers });
  }
  return out;
}

/** The distinct metric names `expr` selects. */
export function metricNamesOf(expr: string): string[] {
  return [...new Set(selectorsOf(expr).flatMap((s) => s.names))];
}

function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.t !== "punct") continue;
    if (tok.v === "(") depth++;
    if (tok.v === ")" && --depth === 0) return k;
  }
  throw new PromQLLexError("unbalanced parentheses");
}

function readMatchers(tokens: readonly Token[], open: number, expr: string): [Selector["matchers"], number] {
  const matchers: { label: string; op: string; value: string }[] = [];
  let k = open + 1;
  for (; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.t === "punct" && tok.v === "}") return [matchers, k];
    if (tok.t === "punct" && tok.v === ",") continue;
    const [op, value] = [tokens[k + 1], tokens[k + 2]];
    if (tok.t !== "ident" || op?.t !== "punct" || value?.t !== "string") throw new PromQLLexError(`malformed label matcher in ${expr}`);
    matchers.push({ label: tok.v, op: op.v, value: value.v });
    k += 2;
  }
  throw new PromQLLexError(`unterminated matchers in ${expr}`);
}

function namesFromMatchers(matchers: Selector["matchers"], expr: string): string[] {
  const name = matchers.filter((m) => m.label === "__name__");
  if (name.length !== 1) throw new PromQLLexError(`a selector without a metric name needs exactly one __name__ matcher: ${expr}`);
  const { op, value } = name[0]!;
  const names = op === "=" ? [value] : op === "=~" ? value.split("|") : [];
  if (names.length === 0 || !names.every((n) => NAME.test(n))) throw new PromQLLexError(`__name__${op}"${value}" is not a list of metric names: ${expr}`);
  return names;
}

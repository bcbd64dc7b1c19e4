/**
 * Sample values and `le` bounds as Go's strconv.ParseFloat reads them (Prometheus parses both with
 * it): decimal floats, `Inf`/`+Inf`/`-Inf`/`Infinity` and `NaN` in any case. JS `Number()` is looser
 * ("" → 0, "0x10" → 16, " 1 " → 1), so it is never used on exposition text directly.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF = /^[+-]?(?:inf|infinity)$/i;

/** The number, or undefined when Go would reject the text. Hex floats are rejected (no exporter writes them). */
export function parseGoFloat(text: string): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  if (INF.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  return undefined;
}

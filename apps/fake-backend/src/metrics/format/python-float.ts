import { positional, scientific, shortestDigits } from "./digits.ts";

/** Python's `repr(float)`: shortest digits, always a decimal point, exponent below 1e-4 and from 1e16. */
export function pythonRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const { negative, digits, exponent } = shortestDigits(x);
  const sign = negative ? "-" : "";
  if (exponent < -4 || exponent >= 16) return sign + scientific(digits, exponent);
  const text = positional(digits, exponent);
  return sign + (text.includes(".") ? text : `${text}.0`);
}

/**
 * prometheus_client's `floatToGoString` (utils.py) for every value and `le`: repr, but positive values
 * with over 6 integer digits get a Go-style exponent. Its `e+0{dot-1}` quirk is kept: 1.2e15 -> `1.2e+015`.
 */
export function floatToGoString(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return "+Inf";
  if (x === Number.NEGATIVE_INFINITY) return "-Inf";
  if (Number.isNaN(x)) return "NaN";
  const s = pythonRepr(x);
  const dot = s.indexOf(".");
  if (x > 0 && dot > 6) {
    const mantissa = `${s[0]}.${s.slice(1, dot)}${s.slice(dot + 1)}`.replace(/[0.]+$/, "");
    return `${mantissa}e+0${dot - 1}`;
  }
  return s;
}

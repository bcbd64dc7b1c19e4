import { positional, scientific, shortestDigits } from "./digits.ts";

/**
 * prometheus-cpp's `WriteValue(double)`: plain `std::to_chars`, the shorter of fixed and scientific for
 * the shortest round-trip digits, ties to fixed. So integers print bare and 16e9 prints `1.6e+10`.
 */
export function cppDouble(x: number): string {
  if (Number.isNaN(x)) return "Nan";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const { negative, digits, exponent } = shortestDigits(x);
  const fixed = positional(digits, exponent);
  const sci = scientific(digits, exponent);
  return (negative ? "-" : "") + (sci.length < fixed.length ? sci : fixed);
}

import { positional, scientific, shortestDigits } from "./digits.ts";

/**
 * prometheus-cpp's `WriteValue(double)` (text_serializer.cc): `std::to_chars` in its plain form, i.e.
 * the shortest of fixed and scientific notation for the shortest round-trip digits, ties to fixed.
 * Integers therefore print bare (`1327965`), large round numbers switch to `1.6e+10`.
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

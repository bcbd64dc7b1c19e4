import { positional, shortestDigits } from "./digits.ts";

/** Rust's `Display for f64`: shortest round-trip digits, never an exponent, no trailing `.0`. */
export function rustFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const { negative, digits, exponent } = shortestDigits(x);
  return (negative ? "-" : "") + positional(digits, exponent);
}

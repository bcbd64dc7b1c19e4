/**
 * The shortest digit string that round-trips a finite double, and its decimal exponent (the power of
 * ten of the first digit). Python's repr, C++ `std::to_chars` and Rust's `Display` all start from it.
 */
export interface ShortestDigits {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

export function shortestDigits(x: number): ShortestDigits {
  // toExponential() without an argument yields as many digits as needed to be unique (ECMA-262).
  const s = x.toExponential();
  const negative = s.startsWith("-");
  const body = negative ? s.slice(1) : s;
  const e = body.indexOf("e");
  const digits = body.slice(0, e).replace(".", "");
  return { negative, digits, exponent: Number(body.slice(e + 1)) };
}

/** Digits laid out without an exponent, e.g. ("15", 2) -> "150", ("15", -2) -> "0.015". */
export function positional(digits: string, exponent: number): string {
  if (exponent < 0) return `0.${"0".repeat(-exponent - 1)}${digits}`;
  if (exponent >= digits.length - 1) return digits + "0".repeat(exponent - digits.length + 1);
  return `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/** Scientific layout with a sign and at least two exponent digits, as C's printf and Python print it. */
export function scientific(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const abs = Math.abs(exponent);
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
}

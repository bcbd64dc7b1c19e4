/**
 * dcgm-exporter prints values with Go's fmt: `%d` for DCGM int64 fields and `%f` for doubles
 * (`8.969000`). `%f` is strconv's exact decimal rounded half-to-even at 6 places; JavaScript's toFixed
 * rounds exact ties up instead, so ties (x * 1e6 ending in exactly .5, i.e. x * 128 odd) are fixed here.
 */
export function goFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  const a = Math.abs(x);
  if (a >= 1e21) throw new RangeError(`goFloat: ${x} is out of the range this formatter supports`);
  const q = a * 128;
  if (Number.isInteger(q) && q % 2 === 1 && a * 1e6 < Number.MAX_SAFE_INTEGER) {
    const low = a * 1e6 - 0.5; // exact: a tie sits on a half-integer
    const n = low % 2 === 0 ? low : low + 1;
    const digits = String(n).padStart(7, "0");
    return `${x < 0 ? "-" : ""}${digits.slice(0, -6)}.${digits.slice(-6)}`;
  }
  return x.toFixed(6);
}

/** `%d` of an int64 field: the value must already be a whole number. */
export function goInt(x: number): string {
  if (!Number.isSafeInteger(x)) throw new RangeError(`goInt: ${x} is not a safe integer`);
  return String(x);
}

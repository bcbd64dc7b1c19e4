/** A base-10 integer >= 0 written with digits only (no sign, no exponent, no blanks); NaN otherwise. */
export function parseCount(s: string): number {
  if (s.length === 0 || s.length > 15) return Number.NaN;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
  }
  return Number(s);
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A plain non-negative decimal such as `5` or `12.25`; NaN otherwise. */
export function parseSeconds(s: string): number {
  return DECIMAL.test(s) ? Number(s) : Number.NaN;
}

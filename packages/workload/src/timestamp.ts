/**
 * A wall-clock instant split into whole UTC epoch seconds and the fraction, so 100 ns digits survive
 * the subtraction from the first row (1.7e9 s with 7 decimals would overflow a double's precision).
 */
export interface Instant {
  sec: number;
  frac: number;
}

/** Reused across rows: traces repeat the same date for thousands of rows. */
let cachedDate = "";
let cachedDayEpoch = 0;

/**
 * `2023-11-16 18:17:03.9799600` (Azure 2023: no zone, taken as UTC) or `2024-05-10 00:00:00.00993+00:00`
 * (Azure 2024: any precision, UTC offset). Writes into `out`; false when the text is not such a time.
 * Hand-rolled rather than a regex: it runs once per row of multi-million-row traces.
 */
export function parseTimestamp(s: string, out: Instant): boolean {
  if (s.length < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const sep = s.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return false;
  const year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
  const hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && year >= 0)) return false;
  let i = 19;
  let frac = 0;
  if (s.charCodeAt(i) === 46) {
    let scale = 1;
    for (i++; i < s.length && i < 30; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      frac = frac * 10 + c;
      scale *= 10;
    }
    if (scale === 1) return false;
    frac /= scale;
  }
  const offset = zoneSeconds(s, i);
  if (Number.isNaN(offset)) return false;
  const date = s.slice(0, 10);
  if (date !== cachedDate) {
    const epochMs = Date.UTC(year, month - 1, day);
    if (new Date(epochMs).getUTCDate() !== day) return false; // 2023-02-30 and the like
    cachedDate = date;
    cachedDayEpoch = epochMs / 1000;
  }
  out.sec = cachedDayEpoch + hour * 3600 + minute * 60 + second - offset;
  out.frac = frac;
  return true;
}

/** `n` decimal digits at `at` as a number; NaN if any is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return Number.NaN;
    v = v * 10 + c;
  }
  return v;
}

/** Nothing, `Z`, `+HH:MM` or `+HHMM` from `i` to the end, in seconds east of UTC; NaN otherwise. */
function zoneSeconds(s: string, i: number): number {
  const rest = s.length - i;
  if (rest === 0) return 0;
  if (rest === 1 && s.charCodeAt(i) === 90) return 0;
  const sign = s.charCodeAt(i) === 43 ? 1 : s.charCodeAt(i) === 45 ? -1 : 0;
  if (sign === 0 || (rest !== 6 && rest !== 5) || (rest === 6 && s.charCodeAt(i + 3) !== 58)) return Number.NaN;
  return sign * (digits(s, i + 1, 2) * 3600 + digits(s, i + rest - 2, 2) * 60);
}

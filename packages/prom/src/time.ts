// Time at the boundary. The public API speaks Unix milliseconds (what Date.now() gives, and what
// Prometheus stores internally as int64), so timestamps are exact integers and grid arithmetic never
// meets float error. The wire speaks float seconds with millisecond precision.

/** A point in time: Unix milliseconds or a Date. */
export type TimeInput = number | Date;

export function toMs(t: TimeInput, what: string): number {
  const ms = t instanceof Date ? t.getTime() : t;
  if (!Number.isFinite(ms)) throw new RangeError(`${what} must be a finite time in Unix ms, got ${String(t)}`);
  return ms;
}

/** Unix ms → the `time`/`start`/`end` parameter: seconds with at most 3 decimals, e.g. "1700000000.123". */
export function toPromTime(t: TimeInput, what: string): string {
  const ms = Math.round(toMs(t, what));
  const seconds = Math.trunc(ms / 1000);
  const frac = Math.abs(ms % 1000);
  const sign = ms < 0 && seconds === 0 ? "-" : "";
  return frac === 0 ? `${sign}${seconds}` : `${sign}${seconds}.${String(frac).padStart(3, "0")}`;
}

/** A duration in ms → float seconds, which Prometheus accepts for `step` and `timeout`. */
export function toPromDuration(ms: number, what: string): string {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`${what} must be a positive number of ms, got ${ms}`);
  return toPromTime(ms, what);
}

/** A wire timestamp (float seconds, ms precision) → Unix ms. Rounding undoes the float's last-bit error. */
export function fromPromTime(seconds: number): number {
  return Math.round(seconds * 1000);
}

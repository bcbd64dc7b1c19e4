// Times, durations and signed changes as text. Deterministic (UTC, no locale) so server and browser
// render the same string; gaps are "—", never 0.
import type { Unit } from "@throtl/signals";
import { formatText, significant } from "../format.ts";

/** "2026-11-20 10:00:00 UTC" */
export function instantText(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** 600 → "10 min", 5400 → "1.5 h", 42 → "42 s". */
export function durationText(seconds: number): string {
  if (seconds < 120) return `${significant(seconds)} s`;
  if (seconds < 7200) return `${significant(seconds / 60)} min`;
  return `${significant(seconds / 3600)} h`;
}

/** "2026-11-20 10:00:00 → 10:10:00 UTC (10 min)"; the date repeats only when it changes. */
export function windowText(window: { readonly start: Date; readonly end: Date }): string {
  const [a, b] = [instantText(window.start).replace(" UTC", ""), instantText(window.end).replace(" UTC", "")];
  const end = a.slice(0, 10) === b.slice(0, 10) ? b.slice(11) : b;
  return `${a} → ${end} UTC (${durationText((window.end.getTime() - window.start.getTime()) / 1000)})`;
}

/** A change in its unit with its sign: "+12.5 ms", "-3 req/s"; ratios in percentage points. */
export function deltaText(delta: number | null, unit: Unit): string {
  if (delta === null || Number.isNaN(delta)) return "—";
  // Subtracting two equal shares leaves float noise (-1.1e-15): below a billionth of a point it is 0.
  if (unit === "ratio" ? Math.abs(delta) < 1e-11 : Math.abs(delta) < 1e-12) delta = 0;
  const text = unit === "ratio" ? `${significant(delta * 100)} pp` : formatText(delta, unit);
  return delta > 0 ? `+${text}` : text;
}

/** 0.123 → "+12.3%"; null → "—". */
export function percentText(relative: number | null): string {
  if (relative === null || !Number.isFinite(relative)) return "—";
  if (Math.abs(relative) < 1e-11) relative = 0; // float noise of equal values
  const text = `${significant(relative * 100)}%`;
  return relative > 0 ? `+${text}` : text;
}

// Recharts wants one object per x value. Gaps stay null so the line breaks there (connectNulls off);
// non-finite values (±Inf from a quantile in the +Inf bucket) cannot be drawn and become gaps too.
import type { ChartSeries } from "./charts.ts";

export type ChartRow = { readonly t: number } & Readonly<Record<string, number | null>>;

export function toChartRows(timestamps: readonly number[], series: readonly ChartSeries[]): ChartRow[] {
  for (const s of series) {
    if (s.values.length !== timestamps.length) {
      throw new RangeError(`series ${s.key} has ${s.values.length} points for ${timestamps.length} grid timestamps`);
    }
  }
  return timestamps.map((t, i) => {
    const row: Record<string, number | null> = { t };
    for (const s of series) {
      const v = s.values[i];
      row[s.key] = typeof v === "number" && Number.isFinite(v) ? v : null;
    }
    return row as ChartRow;
  });
}

/** "14:05" for ranges within a day, "14:05:30" when steps are under a minute; UTC-free local time. */
export function timeTick(t: number, stepMs: number): string {
  const d = new Date(t);
  const hh = String(d.getHours()).padStart(2, "0");
  const mm = String(d.getMinutes()).padStart(2, "0");
  if (stepMs >= 60_000) return `${hh}:${mm}`;
  return `${hh}:${mm}:${String(d.getSeconds()).padStart(2, "0")}`;
}

// CSV exports (RFC 4180: comma-separated, CRLF, quotes doubled) for spreadsheets.
import { SIGNALS } from "@throtl/signals";
import type { SnapshotComparison } from "../compare/compare-snapshots.ts";
import type { Snapshot } from "../model/snapshot-schema.ts";

type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** One row per signal value; then one per SLO. Empty cells are gaps, never 0. */
export function snapshotToCsv(s: Snapshot): string {
  const values = s.signals.map((v) => [v.signal, v.stat, null, SIGNALS[v.signal].unit, v.value, v.unsupported]);
  const slos = s.slos.map((o) => [o.signal, "slo", o.thresholdSeconds, "ratio", o.attainment, null]);
  return toCsv(["signal", "stat", "threshold_seconds", "unit", "value", "unsupported"], [...values, ...slos]);
}

export function comparisonToCsv(c: SnapshotComparison): string {
  const rows = c.signals.map((r) => [
    r.signal, r.stat, r.thresholdSeconds, r.unit, r.base, r.candidate, r.delta, r.relative === null ? null : r.relative * 100,
    r.verdict, r.interval?.low, r.interval?.high, r.method, r.confidence,
  ]);
  const header = ["signal", "stat", "threshold_seconds", "unit", "base", "candidate", "delta", "delta_pct", "verdict", "ci95_low", "ci95_high", "method", "confidence"];
  return toCsv(header, rows);
}

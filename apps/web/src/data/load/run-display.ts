// A load run as the page shows it: status, progress bar, live numbers, chart rows, summary rows.
// Pure; values that do not exist (null in JSON, NaN) show as "—", never 0.
import type { Unit } from "@throtl/signals";
import type { LoadRunView, RunStatus } from "../../server/load-runs/run-view.ts";
import { formatText } from "../format.ts";

export interface Stat {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

const STATUS_TEXT: Record<RunStatus, string> = {
  starting: "Starting", running: "Running", finished: "Finished", cancelled: "Cancelled (partial results)", failed: "Failed",
};

export function statusText(s: RunStatus): string {
  return STATUS_TEXT[s];
}

const clock = (s: number | null) => (s === null ? "—" : `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`);

export function progressDisplay(run: LoadRunView): { percent: number; elapsed: string; eta: string; stats: Stat[] } | null {
  const p = run.progress;
  if (!p) return null;
  const stat = (id: string, label: string, v: number | null, unit: Unit): Stat => ({ id, label, text: formatText(v, unit) });
  return {
    percent: Math.round(p.fraction * 100),
    elapsed: clock(p.elapsedSeconds),
    eta: run.status === "running" ? (p.etaSeconds === null ? "finishing" : clock(p.etaSeconds)) : "—",
    stats: [
      { id: "requests", label: "Sent / planned", text: `${p.sent} / ${p.planned}` },
      { id: "completed", label: "Completed", text: String(p.completed) },
      { id: "failed", label: "Failed", text: String(p.failed) },
      { id: "in-flight", label: "In flight", text: String(p.inFlight) },
      stat("rate", "Request rate", p.requestRate, "req/s"),
      stat("tokens", "Output tokens/s", p.outputTokensPerSecond, "tok/s"),
      stat("ttft", "TTFT p95", p.ttftP95, "seconds"),
      stat("tpot", "TPOT p95", p.tpotP95, "seconds"),
    ],
  };
}

export interface LiveRow {
  readonly t: number;
  readonly requestRate: number;
  readonly outputTokensPerSecond: number;
  /** Milliseconds, null where no request finished in the window. */
  readonly ttftP95Ms: number | null;
  readonly tpotP95Ms: number | null;
}

export function liveRows(run: LoadRunView): LiveRow[] {
  const s = run.progress?.series;
  if (!s) return [];
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? null : v * 1000);
  return s.t.map((t, i) => ({
    t, requestRate: s.requestRate[i] ?? 0, outputTokensPerSecond: s.outputTokensPerSecond[i] ?? 0,
    ttftP95Ms: ms(s.ttftP95[i]), tpotP95Ms: ms(s.tpotP95[i]),
  }));
}

export interface SummaryRow {
  readonly label: string;
  readonly p50: string;
  readonly p90: string;
  readonly p95: string;
  readonly p99: string;
  readonly mean: string;
}

/** Latency distributions, one row each; then the totals as stats. */
export function summaryDisplay(run: LoadRunView): { latencies: SummaryRow[]; totals: Stat[] } | null {
  const s = run.summary;
  if (!s) return null;
  const row = (label: string, d: { p50: number; p90: number; p95: number; p99: number; mean: number }): SummaryRow => ({
    label, p50: formatText(d.p50, "seconds"), p90: formatText(d.p90, "seconds"), p95: formatText(d.p95, "seconds"), p99: formatText(d.p99, "seconds"), mean: formatText(d.mean, "seconds"),
  });
  const slo = s.slo;
  const totals: Stat[] = [
    { id: "sent", label: "Requests sent", text: String(s.requests.sent) },
    { id: "completed", label: "Completed", text: String(s.requests.completed) },
    { id: "failed", label: "Failed", text: String(s.requests.failed) },
    { id: "cancelled", label: "Cancelled", text: String(s.requests.cancelled) },
    { id: "error-rate", label: "Error rate", text: formatText(s.requests.errorRate, "ratio") },
    { id: "duration", label: "Duration", text: formatText(s.durationSeconds, "seconds") },
    { id: "throughput", label: "Throughput", text: formatText(s.requestsPerSecond, "req/s") },
    { id: "input-tokens", label: "Input tokens/s", text: formatText(s.inputTokensPerSecond, "tok/s") },
    { id: "output-tokens", label: "Output tokens/s", text: formatText(s.outputTokensPerSecond, "tok/s") },
  ];
  if (slo) {
    totals.push(
      { id: "slo-attainment", label: "SLO attainment", text: formatText(slo.attainment, "ratio") },
      { id: "goodput", label: "Goodput", text: formatText(slo.goodput, "req/s") },
      { id: "slo-pass", label: "SLO (p95) met", text: slo.pass ? "yes" : "no" },
    );
  }
  return { latencies: [row("TTFT", s.ttft), row("ITL", s.itl), row("TPOT", s.tpot), row("E2E", s.e2e)], totals };
}

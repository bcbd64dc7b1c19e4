import { brailleChart } from "./braille.ts";
import type { LiveSnapshot } from "./live-stats.ts";
import type { Progress } from "./progress.ts";

export interface Frame {
  readonly title: string;
  readonly snapshot: LiveSnapshot;
  readonly progress: Progress;
  /** Terminal width in characters. */
  readonly columns: number;
}

const LABEL = 24;
const CHART_ROWS = 2;

const clock = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}` : "--:--");
const num = (v: number, d = 0) => (Number.isFinite(v) ? v.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }) : "-");
const msText = (s: number) => (Number.isFinite(s) ? `${num(s * 1000, s < 0.1 ? 1 : 0)} ms` : "-");

/** One dashboard frame as lines: a progress bar, then a braille chart per live series. Pure. */
export function renderFrame(f: Frame): string[] {
  const s = f.snapshot;
  const width = Math.max(10, f.columns - LABEL - 1);
  const barWidth = Math.max(10, Math.min(40, f.columns - 60));
  const filled = Math.round(Math.min(1, Math.max(0, f.progress.fraction)) * barWidth);
  const lastOf = (xs: number[]) => xs.at(-1) ?? Number.NaN;
  const rows: [string, string, number[]][] = [
    ["req/s", num(lastOf(s.series.requestRate)), s.series.requestRate],
    ["input tok/s", num(lastOf(s.series.inputTokensPerSecond)), s.series.inputTokensPerSecond],
    ["output tok/s", num(lastOf(s.series.outputTokensPerSecond)), s.series.outputTokensPerSecond],
    ["TTFT p95", msText(lastOf(s.series.ttftP95)), s.series.ttftP95],
    ["TPOT p95", msText(lastOf(s.series.tpotP95)), s.series.tpotP95],
    ["errors", `${num(s.failed)} total`, s.series.errors],
  ];
  const lines = [
    f.title.slice(0, f.columns),
    `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}] ${num(f.progress.fraction * 100)}%  ${f.progress.label}  elapsed ${clock(s.elapsed)}  ETA ${clock(f.progress.eta)}  in flight ${num(s.inFlight)}`.slice(0, f.columns),
  ];
  for (const [name, value, series] of rows) {
    const chart = brailleChart(series, { width, height: CHART_ROWS });
    chart.forEach((line, i) => lines.push(`${(i === 0 ? name : i === 1 ? value : "").padEnd(LABEL)} ${line}`));
  }
  return lines;
}

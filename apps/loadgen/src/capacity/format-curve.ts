import type { Probe } from "./probe.ts";
import type { CapacityReport } from "./search-loop.ts";

const ms = (s: number) => (Number.isFinite(s) ? `${(s * 1000).toFixed(1)}` : "-");
const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "-");

export const CURVE_COLUMNS = ["rate", "achieved_rate", "sent", "completed", "failed", "unfinished", "ttft_ms", "itl_ms", "e2e_ms", "error_rate", "output_tok_s", "slo_pass", "saturation", "pass"] as const;

/** One probe as a terminal line. */
export function probeLine(p: Probe, i: number, percentile: number): string {
  return `probe ${String(i + 1).padStart(2)}: ${f2(p.rate).padStart(8)} req/s → ${f2(p.achievedRate).padStart(8)} done/s  ` +
    `TTFT p${percentile} ${ms(p.ttft)} ms  ITL p${percentile} ${ms(p.itl)} ms  errors ${f2(p.errorRate * 100)} %  ` +
    `${p.pass ? "pass" : "FAIL"}${p.saturation ? ` (${p.saturation})` : !p.sloPass ? " (SLO missed)" : ""}`;
}

/** The measured curve, one row per probe sorted by rate, as CSV. */
export function curveCsv(r: CapacityReport): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const rows = r.curve.map((p) => [p.rate, p.achievedRate, p.sent, p.completed, p.failed, p.unfinished, ms(p.ttft), ms(p.itl), ms(p.e2e), p.errorRate, p.outputTokensPerSecond, p.sloPass, q(p.saturation ?? ""), p.pass].join(","));
  return `${[CURVE_COLUMNS.join(","), ...rows].join("\n")}\n`;
}

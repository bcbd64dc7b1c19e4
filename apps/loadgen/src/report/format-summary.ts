import type { Distribution } from "@throtl/simulator";
import type { RunSummary } from "./summary.ts";

const n = (v: number, d = 2) => (Number.isFinite(v) ? v.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : "-");
const row = (name: string, value: string) => `${name.padEnd(34)}${value}`;
const msRow = (name: string, d: Distribution) =>
  row(name, `mean ${n(d.mean * 1000)}  p50 ${n(d.p50 * 1000)}  p90 ${n(d.p90 * 1000)}  p95 ${n(d.p95 * 1000)}  p99 ${n(d.p99 * 1000)}`);

/** The summary as the terminal shows it after a run (vLLM's benchmark layout, milliseconds). */
export function formatSummary(s: RunSummary, files: readonly string[]): string {
  const r = s.requests;
  const lines = [
    "=============== throtl-load result ===============",
    row("Requests sent / completed", `${r.sent} / ${r.completed}`),
    row("Failed (error rate)", `${r.failed} (${n(r.errorRate * 100)} %)${r.failed > 0 ? `  ${Object.entries(r.errors).filter(([k, c]) => c > 0 && k !== "aborted").map(([k, c]) => `${k} ${c}`).join(", ")}` : ""}`),
    ...(r.cancelled > 0 ? [row("Cancelled (run stopped)", String(r.cancelled))] : []),
    ...r.topErrors.map((e) => `  ${e.count} × ${e.message}`),
    row("Duration (s)", n(s.durationSeconds)),
    row("Request throughput (req/s)", n(s.requestsPerSecond)),
    row("Input / output tokens", `${s.inputTokens} / ${s.outputTokens}`),
    row("Input token throughput (tok/s)", n(s.inputTokensPerSecond)),
    row("Output token throughput (tok/s)", n(s.outputTokensPerSecond)),
    "--------------- latency (ms) ---------------------",
    msRow("TTFT", s.ttft),
    msRow("TPOT (per-request mean ITL)", s.tpot),
    msRow("ITL (every gap)", s.itl),
    msRow("E2E", s.e2e),
    msRow("Lateness (sent − scheduled)", s.lateness),
    row("Bytes sent / received", `${s.bytes.tx.toLocaleString("en-US")} / ${s.bytes.rx.toLocaleString("en-US")}`),
  ];
  if (s.slo) {
    const checks = Object.entries(s.slo.checks).map(([k, c]) =>
      `${k} ${k === "errorRate" ? `${n(c.measured * 100, 3)} % <= ${n(c.target * 100, 3)} %` : `p${s.slo!.targets.percentile} ${n(c.measured * 1000)} <= ${n(c.target * 1000)} ms`} ${c.pass ? "ok" : "MISSED"}`);
    lines.push(
      "--------------- SLO ------------------------------",
      row("Attainment (requests meeting all)", `${n(s.slo.attainment * 100)} % (${s.slo.met})`),
      row("Goodput (req/s)", n(s.slo.goodput)),
      ...checks.map((c) => `  ${c}`),
      row("Verdict", s.slo.pass ? "pass" : "FAIL"),
    );
  }
  lines.push("==================================================", ...files.map((f) => `wrote ${f}`));
  return `${lines.join("\n")}\n`;
}

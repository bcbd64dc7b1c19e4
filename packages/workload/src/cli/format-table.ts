import type { Distribution, SimulationSummary } from "@throtl/simulator";
import type { SimulateReport } from "./run-simulation.ts";

const GiB = 1024 ** 3;
const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "-");
const ms = (v: number) => (Number.isFinite(v) ? (v * 1000).toFixed(1) : "-");
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : "-");

/** The human-readable report: what ran, how fast the simulator was, then the serving metrics. */
export function formatTable(r: SimulateReport): string {
  const c = r.config;
  const s = r.summary;
  const m = c.memory;
  const lines = [
    `Trace       ${r.trace.file} (${r.trace.format}, ${num(r.trace.requests)} requests, speedup ${r.trace.speedup}` +
      `${r.trace.droppedFailures > 0 ? `, ${num(r.trace.droppedFailures)} failed rows left out` : ""})`,
    `Engine      ${c.model.hfName} on ${c.tensorParallelSize * c.dataParallelSize} x ${c.gpu.modelName} (TP ${c.tensorParallelSize}, DP ${c.dataParallelSize})`,
    `            max_num_seqs ${c.maxNumSeqs}, max_num_batched_tokens ${c.maxNumBatchedTokens}, max_model_len ${c.maxModelLen}, ` +
      `block_size ${c.blockSize}, prefix caching ${c.enablePrefixCaching ? "on" : "off"}, chunked prefill ${c.enableChunkedPrefill ? "on" : "off"}`,
    `Memory/GPU  weights ${(m.weightBytes / GiB).toFixed(2)} GiB, activations ${(m.activationBytes / GiB).toFixed(2)} GiB, ` +
      `KV cache ${(m.kvCacheBytes / GiB).toFixed(2)} GiB = ${num(m.numGpuBlocks)} blocks (${num(m.numGpuBlocks * c.blockSize)} tokens)`,
    `Simulated   ${num(r.run.endTime, 1)} s in ${r.run.wallSeconds.toFixed(2)} s wall (${num(r.run.endTime / r.run.wallSeconds)}x real time), ` +
      `${num(r.run.steps)} steps, ${num(r.run.preemptions)} preemptions`,
    "",
    `Requests    ${num(s.requests.total)}: ${num(s.requests.completed)} completed, ${num(s.requests.aborted)} aborted, ${num(s.requests.rejected)} rejected (HTTP 400)`,
    `Duration    ${num(s.durationSeconds, 2)} s (first arrival to last finish)`,
    `Throughput  ${num(s.requestsPerSecond, 2)} req/s, ${num(s.inputTokensPerSecond, 1)} input tok/s, ${num(s.outputTokensPerSecond, 1)} output tok/s`,
    "",
    ...latencyTable(s),
    `            ITL ${s.itlSource === "token-times" ? "from every token gap (token times recorded)" : "from each request's mean gap, weighted by its gaps (no token times)"}`,
  ];
  if (s.slo) {
    const t = s.slo.targets;
    const targets = [t.ttft !== undefined && `TTFT <= ${t.ttft} s`, t.itl !== undefined && `ITL <= ${t.itl} s`, t.e2e !== undefined && `E2E <= ${t.e2e} s`].filter(Boolean);
    lines.push("", `SLO         ${targets.join(", ")}: ${num(s.slo.met)} of ${num(s.requests.total)} met (${pct(s.slo.attainment)}), goodput ${num(s.slo.goodput, 2)} req/s`);
  }
  return `${lines.join("\n")}\n`;
}

function latencyTable(s: SimulationSummary): string[] {
  const rows: [string, Distribution][] = [["TTFT", s.ttft], ["ITL", s.itl], ["TPOT", s.tpot], ["E2E", s.e2e], ["Queue", s.queue]];
  const cols = ["mean", "p50", "p90", "p95", "p99"] as const;
  const pad = (v: string) => v.padStart(10);
  return [
    `${"Latency ms".padEnd(12)}${cols.map(pad).join("")}${pad("n")}`,
    ...rows.map(([name, d]) => `${name.padEnd(12)}${cols.map((k) => pad(ms(d[k]))).join("")}${pad(num(d.count))}`),
  ];
}

import type { LoadgenBench } from "./loadgen-bench.ts";

/** The bars the load generator is read against (printed as ratios, never asserted). */
export const LOADGEN_TARGETS = { autocannonRatio: 1.0, latenessP99Ms: 2, streamedTokensPerSecond: 100_000 } as const;

const n = (v: number, d = 0) => v.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const row = (name: string, measured: string, target: string, ratio: string, note: string) =>
  `${name.padEnd(40)}${measured.padStart(14)}${target.padStart(10)}${ratio.padStart(8)}   ${note}`;

/** Rows appended to `npm run bench`, in its layout: higher ratios are better on every row. */
export function formatLoadgenBench(b: LoadgenBench): string {
  const lines: string[] = [];
  const r = b.requestRate;
  if (typeof r === "string") lines.push(row("(c) loadgen req/s vs autocannon", "n/a", "1.00x", "-", r));
  else {
    const ratio = r.loadgen / r.autocannon;
    lines.push(row("(c) loadgen req/s vs autocannon", `${ratio.toFixed(2)}x`, `${LOADGEN_TARGETS.autocannonRatio.toFixed(2)}x`, `${(ratio / LOADGEN_TARGETS.autocannonRatio).toFixed(2)}x`,
      `non-streaming, ${r.connections} connections, median of 4 rounds of ${r.seconds} s in alternating order against the same fake endpoint: loadgen ${n(r.loadgen)} req/s ` +
      `(${r.loadgenErrors} errors), autocannon ${n(r.autocannon)} req/s (${r.autocannonErrors} errors); ${b.placement}`));
  }
  const l = b.lateness;
  if (typeof l === "string") lines.push(row("(d) trace replay lateness p99", "n/a", "2 ms", "-", l));
  else {
    lines.push(row("(d) trace replay lateness p99", `${n(l.p99Ms, 2)} ms`, `${LOADGEN_TARGETS.latenessP99Ms} ms`, `${(LOADGEN_TARGETS.latenessP99Ms / Math.max(l.p99Ms, 1e-3)).toFixed(2)}x`,
      `send time − schedule (ratio = target / measured): Azure conv first ${n(l.requests)} rows at --speedup 20, streamed, p50 ${n(l.p50Ms, 2)} ms, ` +
      `${l.failed} failed, ${l.seconds.toFixed(1)} s; ${b.placement}; ${b.latenessPriority}`));
  }
  const s = b.stream;
  const tokTarget = n(LOADGEN_TARGETS.streamedTokensPerSecond);
  if (typeof s === "string") lines.push(row("(e) loadgen streamed tok/s, one core", "n/a", tokTarget, "-", s));
  else {
    lines.push(row("(e) loadgen streamed tok/s, one core", n(s.tokensPerSecond), tokTarget, `${(s.tokensPerSecond / LOADGEN_TARGETS.streamedTokensPerSecond).toFixed(2)}x`,
      `${s.streams} streams from the blast server (vLLM chunk shape, no simulated GPU); client CPU ${n(s.clientCpu * 100)} % of a core; ${b.placement}`));
  }
  return `${lines.join("\n")}\n`;
}

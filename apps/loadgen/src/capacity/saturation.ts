import type { RequestResult } from "../run/result.ts";

/**
 * Signs that the offered rate exceeds what the server sustains, which a short probe's percentiles can
 * hide: its queue grows (first-token latency trends up over the probe) or its throughput plateaus
 * (the second half completes fewer requests than it sends). Returns the reason, or undefined.
 */
export function detectSaturation(results: readonly RequestResult[], probeSeconds: number): string | undefined {
  return queueGrowth(results, probeSeconds) ?? plateau(results, probeSeconds);
}

/** The least-squares rise of TTFT (E2E when not streamed) over the probe, past its first tenth (warm-up). */
function queueGrowth(results: readonly RequestResult[], probeSeconds: number): string | undefined {
  const pts = results.filter((r) => !r.error && r.sent >= 0.1 * probeSeconds).map((r) => [r.sent, Number.isNaN(r.ttft) ? r.e2e : r.ttft] as const);
  if (pts.length < 10) return undefined;
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p[0], 0) / n;
  const my = pts.reduce((a, p) => a + p[1], 0) / n;
  const sxx = pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / sxx;
  const rise = slope * 0.9 * probeSeconds;
  const median = [...pts.map((p) => p[1])].sort((a, b) => a - b)[n >> 1]!;
  // A stable queue gives no trend; a rise of the whole median, and of 100 ms (above the timer noise
  // of a busy machine), is growth.
  if (rise > Math.max(0.1, median)) return `queue growing: latency to first token rose ${ms(rise)} over the probe (median ${ms(median)})`;
  return undefined;
}

/** Requests sent in the probe's second half against those completed (or failed) in it. */
function plateau(results: readonly RequestResult[], probeSeconds: number): string | undefined {
  const half = probeSeconds / 2;
  const sent = results.filter((r) => r.sent >= half && r.sent < probeSeconds).length;
  const finished = results.filter((r) => r.error?.kind !== "aborted" && r.sent + r.e2e >= half && r.sent + r.e2e < probeSeconds).length;
  // Below 80 % with a gap of 5 or more: Poisson noise over a half-probe rarely reaches that.
  if (sent >= 10 && finished < 0.8 * sent && sent - finished >= 5) {
    return `throughput plateau: ${finished} requests finished in the probe's second half for ${sent} sent (${(finished / half).toFixed(2)} req/s)`;
  }
  return undefined;
}

const ms = (s: number) => `${Math.round(s * 1000)} ms`;

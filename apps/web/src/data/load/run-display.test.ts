import { describe, expect, it } from "vitest";
import type { LoadRunView } from "../../server/load-runs/run-view.ts";
import { liveRows, progressDisplay, summaryDisplay } from "./run-display.ts";

const progress = {
  elapsedSeconds: 75.4, etaSeconds: 14.6, fraction: 0.834, planned: 100, sent: 83, completed: 80, failed: 1, inFlight: 2,
  requestRate: 1.2, inputTokensPerSecond: 240, outputTokensPerSecond: 1234.5, ttftP95: 0.0421, tpotP95: null,
  series: { t: [74, 75], requestRate: [1, 2], outputTokensPerSecond: [1000, 1400], ttftP95: [0.04, null], tpotP95: [null, 0.012] },
};
const run = { id: "r", endpoint: "fake", status: "running", progress, summary: null } as unknown as LoadRunView;
const dist = (p: number | null) => ({ count: 3, mean: p, p50: p, p90: p, p95: p, p99: p });

describe("progressDisplay", () => {
  it("shows percent, clock times and the live numbers; a missing value is a dash, never 0", () => {
    const d = progressDisplay(run)!;
    expect(d).toMatchObject({ percent: 83, elapsed: "1:15", eta: "0:14" });
    expect(Object.fromEntries(d.stats.map((s) => [s.id, s.text]))).toEqual({
      requests: "83 / 100", completed: "80", failed: "1", "in-flight": "2", rate: "1.2 req/s", tokens: "1.23k tok/s", ttft: "42.1 ms", tpot: "—",
    });
  });

  it("says finishing once everything is sent, and no ETA after the end", () => {
    expect(progressDisplay({ ...run, progress: { ...progress, etaSeconds: null } })!.eta).toBe("finishing");
    expect(progressDisplay({ ...run, status: "finished" })!.eta).toBe("—");
  });
});

describe("liveRows", () => {
  it("lays the per-second series side by side, latencies in ms with gaps kept", () => {
    expect(liveRows(run)).toEqual([
      { t: 74, requestRate: 1, outputTokensPerSecond: 1000, ttftP95Ms: 40, tpotP95Ms: null },
      { t: 75, requestRate: 2, outputTokensPerSecond: 1400, ttftP95Ms: null, tpotP95Ms: 12 },
    ]);
  });
});

describe("summaryDisplay", () => {
  it("lists totals, SLO attainment and goodput, and one row per latency; null (NaN in JSON) shows as a dash", () => {
    const summary = {
      requests: { sent: 10, completed: 9, failed: 1, cancelled: 0, errorRate: 0.1 }, durationSeconds: 12.5, requestsPerSecond: 0.72,
      inputTokensPerSecond: 144, outputTokensPerSecond: 150, ttft: dist(0.05), itl: dist(0.01), tpot: dist(null), e2e: dist(2),
      slo: { met: 8, attainment: 0.8, goodput: 0.64, pass: false },
    };
    const d = summaryDisplay({ ...run, summary } as unknown as LoadRunView)!;
    const totals = Object.fromEntries(d.totals.map((s) => [s.id, s.text]));
    expect(totals).toMatchObject({ sent: "10", "error-rate": "10%", "slo-attainment": "80%", goodput: "0.64 req/s", "slo-pass": "no", duration: "12.5 s" });
    expect(d.latencies.map((r) => [r.label, r.p95])).toEqual([["TTFT", "50 ms"], ["ITL", "10 ms"], ["TPOT", "—"], ["E2E", "2 s"]]);
  });
});

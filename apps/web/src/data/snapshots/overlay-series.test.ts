import type { HistogramWindow } from "@throtl/compare";
import { snapshot } from "@throtl/compare/testing";
import { describe, expect, it } from "vitest";
import { histogramOverlay, overlayCharts, quantileOverlay } from "./overlay-series.ts";

const h = (buckets: [number, number][], count: number): HistogramWindow => ({ signal: "ttft", buckets: buckets.map(([le, c]) => ({ le, count: c })), count, sum: null });

describe("overlay series", () => {
  it("turns cumulative buckets into per-bucket shares, dropping empty buckets at the ends", () => {
    const base = h([[0.01, 0], [0.1, 50], [1, 100], [10, 100]], 100);
    const candidate = h([[0.01, 0], [0.1, 150], [1, 200], [10, 200]], 200);
    const chart = histogramOverlay("ttft", base, candidate);
    expect(chart.rows).toEqual([
      { label: "≤ 100 ms", base: 0.5, candidate: 0.75 },
      { label: "≤ 1 s", base: 0.5, candidate: 0.25 },
    ]);
    expect(chart.notes).toEqual(["base: 100 observations", "candidate: 200 observations"]);
  });

  it("counts the +Inf bucket after the last bound, and leaves a side without data as a gap", () => {
    const rows = histogramOverlay("ttft", h([[1, 90]], 100), h([[1, 0]], 0)).rows;
    expect(rows).toEqual([{ label: "≤ 1 s", base: 0.9, candidate: null }, { label: "> 1 s", base: expect.closeTo(0.1, 9), candidate: null }]);
  });

  it("one snapshot alone: the candidate series is empty", () => {
    const chart = histogramOverlay("ttft", h([[0.1, 10], [1, 20]], 20));
    expect(chart.rows.every((r) => r.candidate === null)).toBe(true);
    expect(chart.notes).toEqual(["20 observations"]);
  });

  it("quantiles side by side in seconds, in the catalog's order", () => {
    const a = snapshot("00000000-0000-4000-8000-000000000001");
    const b = snapshot("00000000-0000-4000-8000-000000000002", {}, { latencyScale: 2 });
    const chart = quantileOverlay("e2e", a.signals, b.signals);
    expect(chart.rows.map((r) => r.label)).toEqual(["p50", "p90", "p95", "p99", "mean"]);
    const p50 = chart.rows[0];
    expect((p50?.candidate ?? 0) / (p50?.base ?? 1)).toBeGreaterThan(1.5);
  });

  it("a quantile and a histogram chart per latency signal of either side", () => {
    const a = snapshot("00000000-0000-4000-8000-000000000001");
    const charts = overlayCharts(a, { ...a, histograms: a.histograms.filter((x) => x.signal === "ttft") });
    expect(charts.map((c) => c.id).slice(0, 4)).toEqual(["ttft-quantiles", "ttft-histogram", "itl-quantiles", "itl-histogram"]);
    expect(charts.find((c) => c.id === "itl-histogram")?.rows.every((r) => r.candidate === null)).toBe(true);
  });
});

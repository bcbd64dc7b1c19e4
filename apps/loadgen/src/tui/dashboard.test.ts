import { describe, expect, it } from "vitest";
import { failedResult, okResult } from "../run/testing.ts";
import { renderFrame } from "./dashboard.ts";
import { LiveStats } from "./live-stats.ts";
import { progressOf } from "./progress.ts";

describe("LiveStats", () => {
  it("buckets completions, tokens and errors by second and ranks latency over a trailing window", () => {
    const s = new LiveStats();
    for (let i = 0; i < 4; i++) s.sent();
    s.tokens(0.5, 30);
    s.result(0.6, okResult({ ttft: 0.1 }), true);
    s.result(1.2, okResult({ ttft: 0.3 }), true);
    s.result(1.4, failedResult("http", "HTTP 500"), true);
    const snap = s.snapshot(2.1, 10);
    expect(snap).toMatchObject({ sent: 4, completed: 2, failed: 1, inFlight: 1 });
    expect(snap.series.requestRate).toEqual([1, 1]);
    expect(snap.series.outputTokensPerSecond).toEqual([30, 0]);
    expect(snap.series.errors).toEqual([0, 1]);
    // Second 1's window holds both TTFTs: numpy's p95 of [0.1, 0.3].
    expect(snap.series.ttftP95[1]).toBeCloseTo(0.29, 9);
  });

  it("counts a non-streamed answer's tokens when it ends", () => {
    const s = new LiveStats();
    s.result(0.2, okResult({ tokens: 7 }), false);
    expect(s.snapshot(1.5, 5).series.outputTokensPerSecond).toEqual([7]);
  });
});

describe("renderFrame", () => {
  it("draws a title, a progress line and two braille rows per series, all within the width", () => {
    const s = new LiveStats();
    s.sent();
    s.result(0.5, okResult(), true);
    const snapshot = s.snapshot(3, 100);
    const plan = { kind: "open" as const, requests: [{ index: 0, at: 0, promptTokens: 1, outputTokens: 1 }, { index: 1, at: 10, promptTokens: 1, outputTokens: 1 }] };
    const lines = renderFrame({ title: "throtl-load test", snapshot, progress: progressOf(plan, snapshot), columns: 80 });
    expect(lines).toHaveLength(2 + 6 * 2);
    expect(lines[1]).toContain("50%  1/2  elapsed 0:03  ETA 0:07");
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines[2]).toMatch(/^req\/s\s+[\u2800-\u28ff]+$/);
  });
});

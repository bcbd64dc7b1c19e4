import { describe, expect, it } from "vitest";
import { failedResult, okResult } from "../run/testing.ts";
import { resultsCsv } from "./csv.ts";
import { summarizeRun } from "./summary.ts";

const slo = { ttft: 0.2, itl: 0.05, percentile: 95 as const, errorRate: 0.1 };

describe("summarizeRun", () => {
  const results = [
    okResult({ index: 0, sent: 0, ttft: 0.1, gap: 0.02, tokens: 3 }),
    okResult({ index: 1, sent: 1, ttft: 0.3, gap: 0.02, tokens: 3 }),
    okResult({ index: 2, sent: 2, ttft: 0.1, gap: 0.06, tokens: 2 }),
    failedResult("http", "HTTP 500: boom", { index: 3, sent: 3, scheduled: 2.99 }),
    failedResult("aborted", "cancelled", { index: 4, sent: 4, scheduled: 4 }),
  ];
  const s = summarizeRun(results, 4, slo);

  it("counts completed, failed and cancelled apart; cancelled requests are not errors", () => {
    expect(s.requests).toMatchObject({ sent: 5, completed: 3, failed: 1, cancelled: 1, errorRate: 0.25 });
    expect(s.requests.errors).toEqual({ connect: 0, timeout: 0, http: 1, stream: 0, aborted: 1 });
    expect(s.requests.topErrors).toEqual([{ message: "HTTP 500: boom", count: 1 }]);
  });

  it("reports throughput over the run and latencies over completed requests", () => {
    expect(s.requestsPerSecond).toBe(0.75);
    expect(s.outputTokens).toBe(8);
    expect(s.ttft.count).toBe(3);
    expect(s.ttft.p50).toBeCloseTo(0.1, 9);
    expect(s.itl.count).toBe(5); // 2 + 2 + 1 gaps
    expect(s.tpot.count).toBe(3);
    expect(s.lateness.mean).toBeCloseTo(0.01 / 5, 6);
  });

  it("counts a request good only when it meets every target; failed ones count as missed", () => {
    // Request 0 meets both; 1 misses TTFT; 2 misses the mean gap (60 ms > 50 ms).
    expect(s.slo!.met).toBe(1);
    expect(s.slo!.attainment).toBe(0.25);
    expect(s.slo!.goodput).toBe(0.25);
  });

  it("judges the run by the chosen percentile and the error rate", () => {
    expect(s.slo!.checks.ttft!.pass).toBe(false);
    expect(s.slo!.checks.errorRate).toEqual({ measured: 0.25, target: 0.1, pass: false });
    expect(s.slo!.pass).toBe(false);
    const lenient = summarizeRun(results, 4, { ttft: 1, percentile: 50 });
    expect(lenient.slo!.pass).toBe(true);
  });

  it("gives NaN (null in JSON), not zero, where nothing was measured", () => {
    const empty = summarizeRun([], 0);
    expect(empty.ttft.p50).toBeNaN();
    expect(empty.requests.errorRate).toBeNaN();
    expect(JSON.parse(JSON.stringify(empty)).ttft.p50).toBeNull();
  });
});

describe("resultsCsv", () => {
  it("writes one row per request with empty cells for missing values and quoted error text", () => {
    const csv = resultsCsv([okResult({ index: 0 }), failedResult("stream", 'broken, "mid-stream"', { index: 1 })]).trim().split("\n");
    expect(csv).toHaveLength(3);
    expect(csv[0]).toMatch(/^index,scheduled_s,sent_s,lateness_ms,status,error_kind,error,ttft_ms,/);
    expect(csv[2]).toContain(',stream,"broken, ""mid-stream""",,');
    // The last column holds every inter-token gap of the request (4 tokens 20 ms apart).
    expect(csv[1]!.split(",").at(-1)).toBe("20.000 20.000 20.000");
  });
});

import { describe, expect, it } from "vitest";
import { distribution, summarize } from "./report.ts";
import type { RequestRecord } from "./types.ts";

const rec = (r: Partial<RequestRecord> & Pick<RequestRecord, "id" | "arrival" | "firstTokenAt" | "finishedAt" | "outputTokens">): RequestRecord => ({
  engine: 0, promptTokens: 10, maxTokens: 100, cachedTokens: 0, finishReason: "stop", scheduledAt: r.arrival, numPreemptions: 0, paramsN: 1, ...r,
});

// Hand-computed below: A and B finish with several tokens, C is aborted, D emits one token.
const A = rec({ id: "A", arrival: 0, scheduledAt: 0.5, firstTokenAt: 1, finishedAt: 3, outputTokens: 3, tokenTimes: [1, 1.5, 3], promptTokens: 10 });
const B = rec({ id: "B", arrival: 1, firstTokenAt: 1.5, finishedAt: 2, outputTokens: 2, tokenTimes: [1.5, 2], promptTokens: 20, finishReason: "length" });
const C = rec({ id: "C", arrival: 2, firstTokenAt: 2.5, finishedAt: 2.5, outputTokens: 1, tokenTimes: [2.5], promptTokens: 5, finishReason: "abort" });
const D = rec({ id: "D", arrival: 2, scheduledAt: 3, firstTokenAt: 4, finishedAt: 4, outputTokens: 1, tokenTimes: [4], promptTokens: 7 });
const records = [A, B, C, D];
const strip = (r: RequestRecord): RequestRecord => ({ ...r, tokenTimes: undefined });

describe("distribution", () => {
  it("interpolates percentiles linearly between ranks, as numpy.percentile does", () => {
    expect(distribution([4, 1, 3, 2])).toEqual({ count: 4, mean: 2.5, p50: 2.5, p90: expect.closeTo(3.7, 12), p95: expect.closeTo(3.85, 12), p99: expect.closeTo(3.97, 12) });
  });

  it("counts a value `weight` times, exactly like the expanded array", () => {
    expect(distribution([2, 1], [1, 3])).toEqual(distribution([1, 1, 1, 2]));
  });

  it("is NaN, not 0, with no values", () => {
    expect(distribution([])).toEqual({ count: 0, mean: NaN, p50: NaN, p90: NaN, p95: NaN, p99: NaN });
  });
});

describe("summarize", () => {
  const s = summarize(records, { rejected: 1 });

  it("counts completed, aborted and rejected requests and rates them over first arrival to last finish (4 s)", () => {
    expect(s.requests).toEqual({ total: 5, completed: 3, aborted: 1, rejected: 1 });
    expect(s.durationSeconds).toBe(4);
    expect(s.requestsPerSecond).toBe(0.75);
    expect([s.inputTokens, s.outputTokens, s.inputTokensPerSecond, s.outputTokensPerSecond]).toEqual([37, 6, 9.25, 1.5]);
  });

  it("takes TTFT, E2E and queue time over completed requests only", () => {
    expect(s.ttft).toMatchObject({ count: 3, mean: expect.closeTo(3.5 / 3, 12), p50: 1, p90: expect.closeTo(1.8, 12), p99: expect.closeTo(1.98, 12) });
    expect(s.e2e).toMatchObject({ count: 3, mean: 2, p50: 2, p90: expect.closeTo(2.8, 12) });
    expect(s.queue).toMatchObject({ count: 3, mean: 0.5, p50: 0.5, p90: expect.closeTo(0.9, 12) });
  });

  it("pools every token gap for ITL when token times are recorded", () => {
    expect(s.itlSource).toBe("token-times");
    expect(s.itl).toMatchObject({ count: 3, mean: expect.closeTo(2.5 / 3, 12), p50: 0.5, p90: expect.closeTo(1.3, 12), p99: expect.closeTo(1.48, 12) });
  });

  it("weights each request's mean gap by its n - 1 gaps without token times: same mean, approximate percentiles", () => {
    const t = summarize(records.map(strip));
    expect(t.itlSource).toBe("per-request-mean");
    expect(t.itl).toMatchObject({ count: 3, mean: expect.closeTo(2.5 / 3, 12), p50: 1, p90: 1 });
  });

  it("takes TPOT over requests with at least 2 output tokens", () => {
    expect(s.tpot).toMatchObject({ count: 2, mean: 0.75, p50: 0.75, p90: expect.closeTo(0.95, 12) });
  });

  it("counts a request as good only when it meets every target; aborted and rejected ones miss", () => {
    const slo = summarize(records, { rejected: 1, slo: { ttft: 1.5, itl: 0.8 } }).slo!;
    expect(slo).toEqual({ targets: { ttft: 1.5, itl: 0.8 }, met: 1, attainment: 0.2, goodput: 0.25 });
    expect(summarize(records, { slo: { e2e: 2.5 } }).slo).toMatchObject({ met: 2, attainment: 0.5, goodput: 0.5 });
  });

  it("has no SLO section without targets and NaN rates for an empty run", () => {
    expect(s.slo).toBeUndefined();
    const empty = summarize([]);
    expect(empty.requests.total).toBe(0);
    expect(empty.requestsPerSecond).toBeNaN();
    expect(empty.ttft.count).toBe(0);
  });
});

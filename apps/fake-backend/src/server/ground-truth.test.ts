import type { RequestRecord } from "@throtl/simulator";
import { describe, expect, it } from "vitest";
import { GroundTruth } from "./ground-truth.ts";

const rec = (id: string, finishReason: RequestRecord["finishReason"] = "length"): RequestRecord => ({
  id, engine: 0, arrival: 0, promptTokens: 10, outputTokens: 5, maxTokens: 5, cachedTokens: 0, finishReason,
  scheduledAt: 0, firstTokenAt: 0.1, finishedAt: 0.2, numPreemptions: 0, paramsN: 1,
});

describe("GroundTruth", () => {
  it("numbers records from 1 and pages them after a seq", () => {
    const t = new GroundTruth(10);
    for (const id of ["a", "b", "c", "d"]) t.onFinish(rec(id));
    expect(t.page(0, 2).records.map((r) => [r.seq, r.id])).toEqual([[1, "a"], [2, "b"]]);
    expect(t.page(2, 10)).toMatchObject({ next: 4, oldest: 1 });
    expect(t.page(4, 10)).toMatchObject({ records: [], next: 4 });
  });

  it("keeps only the newest `capacity` records and says where the ring starts", () => {
    const t = new GroundTruth(3);
    for (let i = 0; i < 5; i++) t.onFinish(rec(`r${i}`));
    const page = t.page(0, 100);
    expect(page.oldest).toBe(3);
    expect(page.records.map((r) => r.seq)).toEqual([3, 4, 5]);
  });

  it("counts finish reasons, tokens (prompt once, at the first token) and rejections", () => {
    const t = new GroundTruth();
    const view = { input: { id: "a", arrival: 0, promptTokens: 12 }, engine: 0, outputTokens: 1 };
    t.onToken(view);
    t.onToken({ ...view, outputTokens: 2 });
    t.onFinish(rec("a", "stop"));
    t.onFinish(rec("b", "abort"));
    t.onRejected("too_long");
    expect(t.counters).toMatchObject({ promptTokens: 12, generationTokens: 2, requests: { stop: 1, length: 0, abort: 1 }, rejected: { too_long: 1, validation: 0 } });
  });
});

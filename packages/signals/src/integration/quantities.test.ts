import type { GroundTruthCounters, SeqRecord } from "@throtl/fake-backend";
import { describe, expect, it } from "vitest";
import { hasTokenTimes, observations, polledIncrease, quantity, type LifeData } from "./quantities.ts";

const rec = (seq: number, over: Partial<SeqRecord> = {}): SeqRecord => ({
  id: `r${seq}`, seq, engine: 0, arrival: 1, promptTokens: 100, outputTokens: 5, maxTokens: 5, cachedTokens: 40,
  finishReason: "length", scheduledAt: 1.1, firstTokenAt: 1.2, finishedAt: 1.6, numPreemptions: 0, paramsN: 1, ...over,
});
const counters = (steps: number, hits: number): GroundTruthCounters => ({
  arrivals: 0, rejected: { validation: 0, too_long: 0 }, promptTokens: 0, generationTokens: 0, preemptions: 0, steps,
  prefixCacheQueriedTokens: 0, prefixCacheHitTokens: hits, requests: { stop: 0, length: 0, abort: 0 },
});

const life: LifeData = {
  startEpoch: 1000,
  records: [
    rec(1),
    rec(2, { finishReason: "abort", outputTokens: 2, firstTokenAt: 1.3, finishedAt: 1.4 }),
    rec(3, { finishReason: "abort", outputTokens: 0, scheduledAt: Number.NaN, firstTokenAt: Number.NaN, finishedAt: 1.5 }),
  ],
  counters: [{ t: 1000, c: counters(0, 0) }, { t: 1002, c: counters(100, 80) }],
  energyMj: [{ t: 1000, v: 0 }, { t: 1002, v: 4000 }],
};
const all = { from: 1000, to: 1002 };

describe("quantity", () => {
  it("counts finished, successful, aborted and received requests at their moments, in epoch seconds", () => {
    expect(["finished", "succeeded", "aborted", "received"].map((q) => quantity(life, q as never, all))).toEqual([3, 1, 2, 3]);
    expect(quantity(life, "finished", { from: 1001.45, to: 1001.55 })).toBe(1);
  });

  it("counts a prompt at its first token (V1) or at the finish, for everyone or only the successful", () => {
    expect(quantity(life, "prompt_at_first_token", all)).toBe(200);
    expect(quantity(life, "prompt_at_finish", all)).toBe(300);
    expect(quantity(life, "prompt_at_finish_succeeded", all)).toBe(100);
  });

  it("counts generated tokens where they were emitted, so a window can cut a request's tokens", () => {
    expect(quantity(life, "generated", all)).toBe(7);
    expect(quantity(life, "generated", { from: 1001.2, to: 1001.35 })).toBe(3); // r1 at 1.2 and 1.3, r2 at 1.3
  });

  it("reads counters and energy between their samples", () => {
    expect(quantity(life, "steps", { from: 1000.5, to: 1001.5 })).toBe(50);
    expect(quantity(life, "energy_j", { from: 1000, to: 1001 })).toBe(2);
  });

  it("counts the tokens engine steps schedule: computed prompt tokens plus one per decode", () => {
    // prompts at first token 200 − hits 80 + generated 7 − first tokens 2
    expect(quantity(life, "step_tokens", all)).toBe(125);
  });
});

describe("polledIncrease", () => {
  it("reads a polled counter as the step its poll period shows, not by interpolating across a poll", () => {
    // Polls at 1000, 1002, 1004 (origin 1000, period 2): the value moves only there.
    const samples = [{ t: 1000.5, v: 10 }, { t: 1001.9, v: 10 }, { t: 1002.1, v: 30 }, { t: 1003.5, v: 30 }, { t: 1004.2, v: 70 }];
    expect(polledIncrease(samples, { from: 1000.1, to: 1003.9 }, 1000, 2)).toBe(20);
    expect(polledIncrease(samples, { from: 1001.99, to: 1004.01 }, 1000, 2)).toBe(60);
  });

  it("refuses a time in a poll period it has no sample of", () => {
    expect(() => polledIncrease([{ t: 1000.5, v: 1 }], { from: 1000.6, to: 1007 }, 1000, 2)).toThrow(/no sample/);
  });
});

describe("observations", () => {
  it("places TTFT at the first token and request latencies at the finish", () => {
    expect(observations(life, "ttft", "all").map((o) => [o.t, +o.value.toFixed(3)])).toEqual([[1001.2, 0.2], [1001.3, 0.3]]);
    expect(observations(life, "e2e", "succeeded").map((o) => [o.t, +o.value.toFixed(3)])).toEqual([[1001.6, 0.6]]);
  });

  it("counts a request never scheduled as queued for its whole life", () => {
    expect(+observations(life, "queue", "all")[2]!.value.toFixed(3)).toBe(0.5);
  });

  it("spreads TPOT over the tokens after the first, TGI's mean over all tokens from scheduling", () => {
    expect(+observations(life, "tpot", "all")[0]!.value.toFixed(3)).toBe(0.1); // 0.4 s over 4 gaps
    expect(+observations(life, "tpot_over_all_tokens", "all")[0]!.value.toFixed(3)).toBe(0.1); // 0.5 s over 5 tokens
    expect(observations(life, "tpot", "all")[2]!.value).toBe(0);
  });

  it("has ITL gaps only when the records carry token times", () => {
    expect(hasTokenTimes(life)).toBe(false);
    const timed = { ...life, records: [rec(1, { outputTokens: 3, tokenTimes: [1.2, 1.25, 1.35] })] };
    expect(hasTokenTimes(timed)).toBe(true);
    expect(observations(timed, "itl", "all").map((o) => +o.value.toFixed(3))).toEqual([0.05, 0.1]);
  });
});

import { describe, expect, it } from "vitest";
import type { Exchange } from "../client/exchange.ts";
import { buildPlan } from "../plan/plan.ts";
import { testSpec } from "../plan/testing.ts";
import { runLoad } from "./runner.ts";
import type { Sender } from "./sender.ts";

/** Answers every request after `ms`, with two tokens; counts requests in flight at once. */
function stubSender(ms: number): Sender & { maxInFlight: number; sent: number } {
  let inFlight = 0;
  const cancels = new Set<() => void>();
  const s = {
    maxInFlight: 0,
    sent: 0,
    cancelAll: () => { for (const c of [...cancels]) c(); },
    send(): Promise<Exchange> {
      const sentAt = performance.now();
      s.sent++;
      s.maxInFlight = Math.max(s.maxInFlight, ++inFlight);
      return new Promise((resolve) => {
        const done = (error?: Exchange["error"]) => {
          cancels.delete(cancel);
          inFlight--;
          const endAt = performance.now();
          resolve({ status: error ? 0 : 200, sentAt, endAt, tokenTimes: error ? [] : [sentAt + 1, endAt], txBytes: 1, rxBytes: 2, ...(error ? { error } : {}) });
        };
        const timer = setTimeout(() => done(), ms);
        const cancel = () => { clearTimeout(timer); done({ kind: "aborted", message: "cancelled" }); };
        cancels.add(cancel);
      });
    },
  };
  return s;
}

const rate = (r: number, requests: number) => ({ kind: "rate" as const, arrivals: { kind: "constant" as const, rate: r }, lengths: { kind: "fixed" as const, promptTokens: 4, outputTokens: 2 }, stop: { requests } });

describe("runLoad", () => {
  it("sends an open-loop plan on schedule, in order, and returns one result per request", async () => {
    const spec = testSpec({ workload: rate(100, 10) });
    const sender = stubSender(5);
    const out = await runLoad({ spec, plan: buildPlan(spec), sender });
    expect(out.results.map((r) => r.index)).toEqual([...Array(10).keys()]);
    expect(out.results.map((r) => Math.round(r.scheduled * 100))).toEqual([...Array(10).keys()]);
    // Loose: a shared CI machine delays timers; the bench measures lateness precisely.
    expect(Math.max(...out.results.map((r) => r.sent - r.scheduled))).toBeLessThan(0.05);
    expect(out.interrupted).toBe(false);
  });

  it("holds back sends past --max-concurrency (and shows it as lateness)", async () => {
    const spec = testSpec({ workload: rate(1000, 6), maxConcurrency: 2 });
    const sender = stubSender(20);
    const out = await runLoad({ spec, plan: buildPlan(spec), sender });
    expect(sender.maxInFlight).toBe(2);
    expect(out.results.at(-1)!.sent - out.results.at(-1)!.scheduled).toBeGreaterThan(0.03);
  });

  it("keeps a closed loop at its concurrency until the request count is reached", async () => {
    const spec = testSpec();
    const sender = stubSender(3);
    const out = await runLoad({ spec, plan: { kind: "closed", concurrency: 3, requests: 12, promptTokens: 4, outputTokens: 2 }, sender });
    expect(out.results).toHaveLength(12);
    expect(sender.maxInFlight).toBe(3);
  });

  it("stops sending on the stop signal and cancels what is in flight", async () => {
    const spec = testSpec({ workload: rate(100, 100) });
    const sender = stubSender(1000);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 50);
    const out = await runLoad({ spec, plan: buildPlan(spec), sender, stop: stop.signal });
    expect(out.interrupted).toBe(true);
    expect(out.results.length).toBeLessThan(20);
    expect(out.results.every((r) => r.error?.kind === "aborted")).toBe(true);
  });

  it("cancels requests still running when the drain time after the last send runs out", async () => {
    const spec = testSpec({ workload: rate(100, 2) });
    const out = await runLoad({ spec, plan: buildPlan(spec), sender: stubSender(5000), drainMs: 30 });
    expect(out.results.map((r) => r.error?.kind)).toEqual(["aborted", "aborted"]);
    expect(out.durationSeconds).toBeLessThan(1);
  });
});

import type { LiveSnapshot } from "@throtl/loadgen";
import { describe, expect, it } from "vitest";
import { toProgress } from "./progress.ts";

const live = (over: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
  elapsed: 10.5, sent: 20, completed: 15, failed: 1, inFlight: 4,
  series: { requestRate: [1, 2, 3, 4, 5, 6], inputTokensPerSecond: [0, 0, 0, 0, 0, 100], outputTokensPerSecond: [10, 20, 30, 40, 50, 60], ttftP95: [0.1, Number.NaN], tpotP95: [Number.NaN], errors: [] },
  ...over,
});

describe("toProgress", () => {
  it("open loop: fraction of the planned requests sent, ETA to the last scheduled send", () => {
    const p = toProgress(live(), { kind: "open", planned: 40, sendSeconds: 20 }, "sending");
    expect(p).toMatchObject({ fraction: 0.5, etaSeconds: 9.5, planned: 40, sent: 20, inFlight: 4 });
  });

  it("averages rates over the last 5 whole seconds and keeps a missing p95 as null", () => {
    const p = toProgress(live(), { kind: "open", planned: 40, sendSeconds: 20 }, "sending");
    expect(p).toMatchObject({ requestRate: 4, outputTokensPerSecond: 40, inputTokensPerSecond: 20, ttftP95: null, tpotP95: null });
    expect(p.series.t).toEqual([5, 6, 7, 8, 9, 10]);
    expect(p.series.ttftP95).toEqual([0.1, null]);
  });

  it("closed loop: the further of time and request cap; ETA the sooner of the two", () => {
    const byTime = toProgress(live(), { kind: "closed", planned: 1000, sendSeconds: 21 }, "sending");
    expect(byTime.fraction).toBeCloseTo(0.5);
    expect(byTime.etaSeconds).toBeCloseTo(10.5);
    const byCap = toProgress(live(), { kind: "closed", planned: 30, sendSeconds: 60 }, "sending");
    expect(byCap.fraction).toBeCloseTo(20 / 30);
    expect(byCap.etaSeconds).toBeCloseTo(5.25);
  });

  it("no ETA once all is sent; complete is 100 %, a stopped run keeps how far it got", () => {
    const shape = { kind: "open" as const, planned: 40, sendSeconds: 20 };
    expect(toProgress(live(), shape, "draining")).toMatchObject({ etaSeconds: null, fraction: 1 });
    expect(toProgress(live(), shape, "complete").fraction).toBe(1);
    expect(toProgress(live(), shape, "stopped")).toMatchObject({ etaSeconds: null, fraction: 0.5 });
  });
});

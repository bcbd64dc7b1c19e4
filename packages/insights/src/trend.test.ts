import { describe, expect, it } from "vitest";
import { SIGNALS, type SignalId } from "@throtl/signals";
import { DEFAULT_NOISE } from "./noise.ts";
import { LATENCY_SIGNALS } from "./observation.ts";
import { trend } from "./trend.ts";

describe("trend", () => {
  it.each<[string, SignalId, number, number, string, string]>([
    ["TTFT rising is worse (lower is better)", "ttft", 0.2, 0.3, "up", "worse"],
    ["TTFT falling is better", "ttft", 0.3, 0.2, "down", "better"],
    ["output tokens/s rising is better (higher is better)", "generation_tokens_rate", 100, 150, "up", "better"],
    ["output tokens/s falling is worse", "generation_tokens_rate", 150, 100, "down", "worse"],
    ["KV use moving is neutral (neither way is better)", "kv_cache_usage", 0.3, 0.6, "up", "neutral"],
  ])("%s", (_name, signal, prev, cur, direction, verdict) => {
    expect(trend(signal, cur, prev)).toMatchObject({ direction, verdict });
  });

  it.each<[string, number, number, string]>([
    ["4 % up stays flat (under the 5 % relative bar)", 100, 104, "flat"],
    ["exactly 5 % up stays flat (the bar is exclusive)", 100, 105, "flat"],
    ["just over 5 % up is up", 100, 105.5, "up"],
    ["10 % of a small rate but only 1 tok/s stays flat (absolute floor, at)", 10, 11, "flat"],
    ["1.5 tok/s over the 1 tok/s floor is up", 10, 11.5, "up"],
    ["down beyond both bars is down", 10, 8, "down"],
  ])("relative and absolute noise: %s", (_name, prev, cur, direction) => {
    expect(trend("generation_tokens_rate", cur, prev)?.direction).toBe(direction);
  });

  it("reports the change in percent of the previous value", () => {
    expect(trend("generation_tokens_rate", 150, 100)?.changePct).toBeCloseTo(50);
    expect(trend("generation_tokens_rate", 50, 100)?.changePct).toBeCloseTo(-50);
  });

  it("has no percentage from a zero previous value but still points the arrow", () => {
    expect(trend("waiting", 3, 0)).toEqual({ direction: "up", verdict: "worse", changePct: null });
  });

  it.each([
    ["no current value", null, 1], ["no previous value", 1, null],
    ["unsupported now", "unsupported", 1], ["absent before", 1, undefined], ["NaN", Number.NaN, 1],
  ] as const)("draws no arrow with %s", (_name, cur, prev) => {
    expect(trend("ttft", cur, prev)).toBeNull();
  });

  it("takes a caller's noise threshold over the unit default", () => {
    expect(trend("generation_tokens_rate", 104, 100, { relative: 0.01 })?.direction).toBe("up");
  });

  it("has an absolute noise floor for every unit the catalog uses", () => {
    for (const def of Object.values(SIGNALS)) expect(DEFAULT_NOISE[def.unit], def.id).toBeDefined();
  });

  it("knows exactly the catalog's latency signals", () => {
    const latency = Object.values(SIGNALS).filter((d) => d.shape === "latency").map((d) => d.id);
    expect([...LATENCY_SIGNALS].sort()).toEqual(latency.sort());
  });
});

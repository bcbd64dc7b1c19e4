import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { idleServer } from "./idle-server.ts";

type O = Partial<Observation>;
const quiet = (now: object = {}, before: object = {}, o: O = {}): O => ({
  current: { request_rate: 0, running: 0, waiting: 0, ...now }, previous: { request_rate: 0, ...before },
  config: { gpuModel: "NVIDIA H100 80GB HBM3", gpuCount: 2 }, ...o,
});

describe("scale-to-zero candidate when under 0.01 req/s in this window and the one before", () => {
  it.each<[string, O, boolean]>([
    ["fires with no requests in both windows", quiet(), true],
    ["fires just under 0.01 req/s", quiet({ request_rate: 0.0099 }, { request_rate: 0.0099 }), true],
    ["silent at exactly 0.01 req/s now", quiet({ request_rate: 0.01 }), false],
    ["silent at exactly 0.01 req/s before", quiet({}, { request_rate: 0.01 }), false],
    ["silent while a request still runs", quiet({ running: 1 }), false],
    ["silent without the previous window", quiet({}, { request_rate: null }), false],
    ["silent without a request rate", quiet({ request_rate: null }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(idleServer, o) !== null).toBe(fires);
  });

  it("prices the idle GPUs from the table: 2 × $4.18 × 24 = $200.64 per day", () => {
    expect(runRule(idleServer, quiet())?.hint).toMatchObject({ current: 2, suggested: 0 });
    expect(runRule(idleServer, quiet())?.hint.effect).toContain("$201");
  });

  it("prefers the user's price and count", () => {
    const rec = runRule(idleServer, quiet({}, {}, { settings: { gpuHourlyUsd: 2, gpuCount: 1 } }));
    expect(rec?.hint.effect).toContain("$48.00");
  });

  it("says how to see the saving when the price is unknown", () => {
    expect(runRule(idleServer, quiet({}, {}, { config: {} }))?.hint.effect).toContain("Settings");
  });
});

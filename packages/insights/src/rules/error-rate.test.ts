import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.ts";
import { runRule } from "../test-support/run-rule.ts";
import { errorRate } from "./error-rate.ts";

type O = Partial<Observation>;
const failing = (current: object = {}, availability?: number): O => ({
  current: { error_rate: 0.05, request_rate: 10, ...current },
  settings: availability !== undefined ? { slo: { availability } } : {},
});

describe("error rate over the 2 % default, or over the availability SLO's budget", () => {
  it.each<[string, O, boolean]>([
    ["fires at 5 %", failing(), true],
    ["fires just over 2 %", failing({ error_rate: 0.021 }), true],
    ["silent at exactly 2 %", failing({ error_rate: 0.02 }), false],
    ["fires at 0.2 % against a 99.9 % availability SLO", failing({ error_rate: 0.002 }, 0.999), true],
    ["silent at 0.05 % against a 99.9 % availability SLO", failing({ error_rate: 0.0005 }, 0.999), false],
    ["silent without error data", failing({ error_rate: null }), false],
    ["silent where errors are unsupported", failing({ error_rate: "unsupported" }), false],
  ])("%s", (_name, o, fires) => {
    expect(runRule(errorRate, o) !== null).toBe(fires);
  });

  it("counts failures per minute from the request rate", () => {
    const rec = runRule(errorRate, failing());
    expect(rec).toMatchObject({ severity: "critical", hint: { flag: null, current: 0.05, suggested: 0.02 } });
    expect(rec?.hint.effect).toContain("30 requests per minute");
  });
});

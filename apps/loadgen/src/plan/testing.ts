import type { RunSpec } from "../spec/run-spec.ts";

/** A valid spec for tests, with `over` merged on top. */
export function testSpec(over: Partial<RunSpec> = {}): RunSpec {
  return {
    version: 1,
    target: { url: "http://127.0.0.1:9", endpoint: "completions", model: "m", stream: true },
    workload: { kind: "rate", arrivals: { kind: "constant", rate: 10 }, lengths: { kind: "fixed", promptTokens: 8, outputTokens: 4 }, stop: { requests: 5 } },
    request: { promptFormat: "tokens", temperature: 0, ignoreEos: true },
    seed: 0,
    timeoutSeconds: 5,
    slo: { percentile: 95 },
    ...over,
  };
}

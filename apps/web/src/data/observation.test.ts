import { describe, expect, it } from "vitest";
import type { Answer } from "./answer.ts";
import { signalValues } from "./observation.ts";

describe("signalValues", () => {
  it("passes numbers, keeps 'unsupported', and turns failures and NaN into no data", () => {
    const answers = new Map<string, Answer>([
      ["running", { kind: "ok", data: 4, notes: [] }],
      ["prefix_cache_hit_rate", { kind: "unsupported", reason: "x" }],
      ["waiting", { kind: "error", message: "boom" }],
      ["kv_cache_usage", { kind: "ok", data: Number.NaN, notes: [] }],
    ]);
    expect(signalValues(answers, {})).toEqual({ running: 4, prefix_cache_hit_rate: "unsupported", waiting: null, kv_cache_usage: null });
  });

  it("groups latency statistics and the SLO attainment asked at the configured threshold", () => {
    const answers = new Map<string, Answer>([
      ["ttft:p95", { kind: "ok", data: 0.4, notes: [] }],
      ["ttft:le:0.5", { kind: "ok", data: 0.97, notes: [] }],
      ["ttft:le:1", { kind: "ok", data: 0.5, notes: [] }],
    ]);
    expect(signalValues(answers, { ttft: 0.5 })).toEqual({ ttft: { p95: 0.4, sloAttainment: 0.97 } });
  });
});

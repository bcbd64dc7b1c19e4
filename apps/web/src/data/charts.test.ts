import { describe, expect, it } from "vitest";
import { buildChart, type ChartSpec } from "./charts.ts";
import type { Outcome } from "./outcome.ts";

const spec: ChartSpec = {
  id: "cache", title: "KV cache and prefix hits", unit: "ratio",
  lines: [
    { key: "kv_cache_usage", label: "KV cache use", query: { signal: "kv_cache_usage" } },
    { key: "prefix_cache_hit_rate", label: "Prefix cache hits", query: { signal: "prefix_cache_hit_rate" } },
  ],
};
const t = [0, 1000, 2000];
type Line = Outcome<readonly (number | null)[] | null>;

describe("buildChart", () => {
  it("keeps gaps on the grid and lists lines a backend does not export", () => {
    const c = buildChart(spec, t, new Map<string, Line>([
      ["kv_cache_usage", { kind: "ok", data: [0.5, null, 0.7], notes: [] }],
      ["prefix_cache_hit_rate", { kind: "unsupported", reason: "not exported by TGI" }],
    ]));
    expect(c.status).toBe("ok");
    expect(c.series).toEqual([{ key: "kv_cache_usage", label: "KV cache use", values: [0.5, null, 0.7] }]);
    expect(c.notes).toEqual(["Prefix cache hits: not exported by TGI"]);
  });

  it("is 'unsupported' when no line is exported, and 'no-data' when the lines are all gaps", () => {
    const unsupported: Line = { kind: "unsupported", reason: "no" };
    expect(buildChart(spec, t, new Map([["kv_cache_usage", unsupported], ["prefix_cache_hit_rate", unsupported]])).status).toBe("unsupported");
    const empty = buildChart(spec, t, new Map<string, Line>([["kv_cache_usage", { kind: "ok", data: null, notes: [] }], ["prefix_cache_hit_rate", { kind: "ok", data: [null, null, null], notes: [] }]]));
    expect(empty.status).toBe("no-data");
    expect(empty.series[0]!.values).toEqual([null, null, null]);
  });

  it("is 'error' when every line failed", () => {
    const c = buildChart(spec, t, new Map<string, Line>([["kv_cache_usage", { kind: "error", message: "timeout" }]]));
    expect(c.status).toBe("error");
    expect(c.notes).toContain("KV cache use: timeout");
  });
});

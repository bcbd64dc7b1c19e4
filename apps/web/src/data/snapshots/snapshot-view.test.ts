import { snapshot } from "@throtl/compare/testing";
import { describe, expect, it } from "vitest";
import { snapshotView } from "./snapshot-view.ts";

const s = snapshot("00000000-0000-4000-8000-000000000001", { name: "baseline", scope: { model: null, instances: [] } }, { values: { waiting: null } });
const view = snapshotView(s);

describe("snapshot view", () => {
  it("header: scope, window, backend and creation time in words", () => {
    expect(view).toMatchObject({ model: "all models", instances: "all instances", window: "2026-11-20 10:00:00 → 10:10:00 UTC (10 min)", backend: "vllm 0.11.0", created: "2026-11-20 11:00:00 UTC" });
  });

  it("every single-value signal in its unit, gaps as a dash", () => {
    expect(view.values.find((v) => v.signal === "kv_cache_usage")?.text).toBe("42%");
    expect(view.values.find((v) => v.signal === "vram_used")?.text).toBe("67.1 GiB");
    expect(view.values.find((v) => v.signal === "waiting")?.text).toBe("—");
  });

  it("latency quantiles per signal, SLO attainment, workload and the settings by origin", () => {
    expect(Object.keys(view.latency[0]?.stats ?? {})).toEqual(["p50", "p90", "p95", "p99", "mean"]);
    expect(view.latency[0]?.stats.p50).toMatch(/^\d+(\.\d+)? ms$/);
    expect(view.slos.map((o) => o.label)).toEqual(["TTFT ≤ 500 ms", "End-to-end latency ≤ 10 s"]);
    expect(view.slos[0]?.text).toMatch(/^\d+(\.\d+)?%$/);
    expect(view.workload[0]).toEqual({ label: "Request rate", text: "4 req/s" });
    expect(view.config.find((c) => c.flag === "max_num_batched_tokens")).toMatchObject({ value: "8192", origin: "launch_args" });
    expect(view.charts.every((c) => c.kind === "histogram" && c.rows.length > 0)).toBe(true);
  });
});

import { compareSnapshots } from "@throtl/compare";
import { snapshot } from "@throtl/compare/testing";
import { describe, expect, it } from "vitest";
import { comparisonView } from "./comparison-view.ts";

const base = snapshot("00000000-0000-4000-8000-000000000001", { name: "max_num_seqs 128", engineConfig: [{ flag: "max_num_seqs", value: "128", origin: "cache_config_info" }, { flag: "gpu_memory_utilization", value: "0.9", origin: "cache_config_info" }] });
const candidate = snapshot(
  "00000000-0000-4000-8000-000000000002",
  { name: "max_num_seqs 256", engineConfig: [{ flag: "max_num_seqs", value: "256", origin: "cache_config_info" }] },
  { latencyScale: 0.8, seed: 2, requestRate: 6 }, // not explained by a closed loop (6 × 0.8 ≠ 4): a like-for-like warning
);
const view = comparisonView(base, candidate, compareSnapshots(base, candidate));

describe("comparison view", () => {
  it("rows carry the values, the signed change and a direction-aware verdict with its confidence", () => {
    const p90 = view.rows.find((r) => r.key === "ttft/p90");
    expect(p90).toMatchObject({ title: "TTFT p90", verdict: { label: "better", tone: "good", arrow: "▼" }, method: "bootstrap" });
    expect(p90?.delta).toMatch(/^-\d+(\.\d+)? ms$/);
    expect(p90?.percent).toMatch(/^-\d+(\.\d+)?%$/);
    expect(p90?.confidence).toMatch(/^95 % interval of the change: -[\d.]+ ms to -[\d.]+ ms \(bootstrap/);
    expect(view.rows.find((r) => r.key === "ttft/slo/0.5")).toMatchObject({ title: "TTFT ≤ 500 ms", verdict: { tone: "good" } });
  });

  it("marks the first row of each signal, so the table can separate signals", () => {
    const ttft = view.rows.filter((r) => r.signal === "ttft" && !r.key.includes("/slo/"));
    expect(ttft.map((r) => r.firstOfSignal)).toEqual([true, false, false, false, false]);
  });

  it("lists the config diff at flag level and the workload warning with its size", () => {
    expect(view.config.find((c) => c.flag === "max_num_seqs")?.text).toBe("max_num_seqs 128 → 256");
    expect(view.config.map((c) => c.text)).toContain("gpu_memory_utilization 0.9 → (unset)");
    expect(view.warnings).toEqual([{ field: "requestRate", message: expect.stringMatching(/^Request rate differs by \+50 % \(4 → 6 req\/s\)/) }]);
    expect(view.summary).toMatch(/\d+ better · .*no significant change/);
    expect(view.base.name).toBe("max_num_seqs 128");
  });
});

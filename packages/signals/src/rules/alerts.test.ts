import { describe, expect, it } from "vitest";
import { alertRuleFile } from "./alerts.ts";
import { DEFAULT_THRESHOLDS } from "./thresholds.ts";

const alerts = alertRuleFile(DEFAULT_THRESHOLDS).groups.flatMap((g) => g.rules);
/** vLLM serve flags a runbook may point at (all real `vllm serve` options). */
const FLAGS = ["--max-num-seqs", "--gpu-memory-utilization", "--max-num-batched-tokens", "--max-model-len", "--enable-prefix-caching"];

describe("alert rules", () => {
  it("gives every alert a for, a severity, a summary, a description and a runbook naming a vLLM flag", () => {
    for (const a of alerts) {
      expect(a.for, a.alert).toMatch(/^\d+[mh]$/);
      expect(["warning", "critical"]).toContain(a.labels.severity);
      expect(a.annotations.summary.length, a.alert).toBeGreaterThan(10);
      expect(a.annotations.description.length, a.alert).toBeGreaterThan(20);
      expect(FLAGS.some((f) => a.annotations.runbook.includes(f)), a.alert).toBe(true);
    }
  });

  it("has one rule per alert name and severity", () => {
    const keys = alerts.map((a) => `${a.alert}/${a.labels.severity}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("puts the thresholds into the expressions", () => {
    const expr = (name: string, severity = "warning") => alerts.find((a) => a.alert === name && a.labels.severity === severity)!.expr;
    expect(expr("ThrotlTTFTHigh")).toBe("instance_model:throtl_ttft_seconds:p95_5m > 2");
    expect(expr("ThrotlTTFTHigh", "critical")).toBe("instance_model:throtl_ttft_seconds:p95_5m > 5");
    expect(expr("ThrotlKVCachePressure")).toBe("instance_model:throtl_kv_cache_usage:ratio > 0.9");
    expect(expr("ThrotlBackendDown", "critical")).toBe('up{job="throtl-engine"} == 0');
  });

  it("burns the budget on two windows at once: 1h and 5m at 14.4×, 6h and 30m at 6× (99 % TTFT, 99.9 % availability)", () => {
    const burn = alerts.filter((a) => a.alert.endsWith("BudgetBurn")).map((a) => [a.alert, a.labels.severity, a.expr]);
    expect(burn).toEqual([
      ["ThrotlTTFTBudgetBurn", "critical", "instance_model:throtl_ttft_slo_misses:ratio_rate1h > 0.144 and instance_model:throtl_ttft_slo_misses:ratio_rate5m > 0.144"],
      ["ThrotlAvailabilityBudgetBurn", "critical", "instance_model:throtl_request_errors:ratio_rate1h > 0.0144 and instance_model:throtl_request_errors:ratio_rate5m > 0.0144"],
      ["ThrotlTTFTBudgetBurn", "warning", "instance_model:throtl_ttft_slo_misses:ratio_rate6h > 0.06 and instance_model:throtl_ttft_slo_misses:ratio_rate30m > 0.06"],
      ["ThrotlAvailabilityBudgetBurn", "warning", "instance_model:throtl_request_errors:ratio_rate6h > 0.006 and instance_model:throtl_request_errors:ratio_rate30m > 0.006"],
    ]);
  });

  it("follows other thresholds", () => {
    const strict = alertRuleFile({ ...DEFAULT_THRESHOLDS, kvCacheUsage: 0.8, ttftSlo: { seconds: 0.5, objective: 0.95 } }).groups.flatMap((g) => g.rules);
    expect(strict.find((a) => a.alert === "ThrotlKVCachePressure")!.annotations.description).toContain("above 80 %");
    expect(strict.find((a) => a.alert === "ThrotlTTFTBudgetBurn")!.expr).toContain("> 0.72");
  });
});

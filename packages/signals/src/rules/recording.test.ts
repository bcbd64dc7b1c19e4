import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index.ts";
import { recordingRuleFile } from "./recording.ts";
import { ENGINE_RECORDS, GPU_RECORDS, R, sloRecords } from "./records.ts";
import { DEFAULT_THRESHOLDS } from "./thresholds.ts";

const file = recordingRuleFile(CATALOG, DEFAULT_THRESHOLDS);
const rules = file.groups.flatMap((g) => g.rules);
const names = rules.map((r) => r.record);

describe("recording rules from the catalog", () => {
  it("names every record level:metric:op with a throtl_ metric", () => {
    for (const name of names) expect(name).toMatch(/^(instance_model|instance):throtl_[a-z0-9_]+:[a-z0-9_]+$/);
  });

  it("writes each record once: flavors share one rule joined with or (promtool flags repeated records)", () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it("records every spec: at least one flavor answers each", () => {
    const specs = [...ENGINE_RECORDS, ...sloRecords(DEFAULT_THRESHOLDS.ttftSlo.seconds), ...GPU_RECORDS].map((s) => s.record);
    expect(names).toEqual(expect.arrayContaining(specs));
  });

  it("records every series the alerts read", () => {
    const read = Object.values(R).flatMap((v) => (typeof v === "string" ? [v] : ["5m", "30m", "1h", "6h"].map((w) => v(w as "5m"))));
    expect(names).toEqual(expect.arrayContaining(read));
  });

  it("keeps the dialects apart: per-model engine selectors require the flavor's model label", () => {
    const ttft = rules.find((r) => r.record === R.ttftP95)!.expr;
    expect(ttft).toContain('vllm:time_to_first_token_seconds_bucket{model_name!=""}');
    expect(ttft).toContain('vllm:time_to_first_token_seconds_bucket{model!=""}');
    expect(ttft).toContain('label_replace(');
  });

  it("counts the TTFT SLO from the configured threshold's bucket (1 s: le 1, 1.0 or 1e+00)", () => {
    const misses = rules.find((r) => r.record === R.ttftMisses("1h"))!.expr;
    expect(misses).toContain('le=~"1|1\\\\.0|1e\\\\+00"');
    expect(misses).toContain("[1h]");
  });

  it("derives the VRAM share from the two VRAM records, after them in the same group", () => {
    const gpu = file.groups.find((g) => g.name === "throtl.gpu")!.rules.map((r) => r.record);
    expect(gpu.indexOf(R.vramUsed)).toBeGreaterThan(gpu.indexOf("instance:throtl_vram_total_bytes:sum"));
  });
});

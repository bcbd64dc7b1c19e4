import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CATALOG } from "../catalog/index.ts";
import { alertRuleFile } from "./alerts.ts";
import { generateRuleFiles } from "./index.ts";
import { recordingRuleFile } from "./recording.ts";
import { DEFAULT_THRESHOLDS } from "./thresholds.ts";

describe("generateRuleFiles", () => {
  const files = generateRuleFiles(CATALOG, DEFAULT_THRESHOLDS);

  it("writes the same bytes every time", () => {
    expect(generateRuleFiles(CATALOG, DEFAULT_THRESHOLDS)).toEqual(files);
  });

  it("writes YAML that reads back as the rule objects, under a do-not-edit header", () => {
    expect(parse(files["throtl-recording.yml"])).toEqual(recordingRuleFile(CATALOG, DEFAULT_THRESHOLDS));
    expect(parse(files["throtl-alerts.yml"])).toEqual(alertRuleFile(DEFAULT_THRESHOLDS));
    expect(files["throtl-alerts.yml"]).toMatch(/^# Generated from the signal catalog.*\n# Do not edit/);
  });

  it("writes multi-branch PromQL as a literal block, its # lines kept as PromQL comments", () => {
    expect(files["throtl-recording.yml"]).toContain("        expr: |-\n          # vllm, vllm-legacy\n");
  });

  it("refuses invalid thresholds", () => {
    expect(() => generateRuleFiles(CATALOG, { ...DEFAULT_THRESHOLDS, kvCacheUsage: 1.5 })).toThrow();
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedRuleFiles, RULES_DIR } from "./rule-files.ts";

describe("prometheus/rules/", () => {
  const expected = expectedRuleFiles();

  it.each(Object.keys(expected))("%s is what the generator writes (else run npm run rules:generate)", (name) => {
    const committed = readFileSync(new URL(name, RULES_DIR), "utf8");
    expect(committed === expected[name as keyof typeof expected], `prometheus/rules/${name} drifted from the catalog: run npm run rules:generate`).toBe(true);
  });

  it("holds no rule file the generator no longer writes", () => {
    const onDisk = readdirSync(RULES_DIR).filter((f) => f.endsWith(".yml")).sort();
    expect(onDisk).toEqual(Object.keys(expected).sort());
  });
});

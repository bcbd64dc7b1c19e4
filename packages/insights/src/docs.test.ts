import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GPU_TABLE } from "./gpus/gpu-table.ts";
import { DEFAULT_HEALTH_THRESHOLDS } from "./health/thresholds.ts";
import { HEALTH_STATE_INFO } from "./health/states.ts";
import { RULES } from "./rules/recommend.ts";

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8");

describe("docs stay true to the code", () => {
  it("health.md lists every threshold with its default and every state", () => {
    const md = doc("health.md");
    for (const [key, value] of Object.entries(DEFAULT_HEALTH_THRESHOLDS)) expect(md, key).toContain(`| \`${key}\` | ${value} |`);
    for (const { title } of Object.values(HEALTH_STATE_INFO)) expect(md, title).toContain(`| ${title} |`);
  });

  it("recommendations.md lists every rule and the GPU table's prices", () => {
    const md = doc("recommendations.md");
    for (const r of RULES) expect(md, r.id).toContain(`\`${r.id}\``);
    for (const g of Object.values(GPU_TABLE)) expect(md, g.id).toContain(`| ${g.title} |`);
    for (const g of Object.values(GPU_TABLE)) expect(md, g.id).toContain(`| ${g.hourlyUsd} |`);
  });
});

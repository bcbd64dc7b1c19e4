import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SIGNALS } from "../signals.ts";
import { ENGINE_FLAVORS, SIGNAL_IDS } from "../types.ts";
import { CATALOG } from "./index.ts";
import { metricUses } from "./metric-uses.ts";

/** shared/ sits beside the repository root. */
const REFERENCE = readFileSync(fileURLToPath(new URL("../../../../../shared/reference/metrics-catalog.md", import.meta.url)), "utf8");

const entries = ENGINE_FLAVORS.flatMap((flavor) => SIGNAL_IDS.map((id) => [flavor, id, CATALOG[flavor].signals[id]] as const));

describe("every catalog name is in the ground-truth metrics catalog", () => {
  const names = entries.flatMap(([flavor, id, source]) => metricUses(source).flatMap((u) =>
    u.ref.names.map((name) => [`${flavor} ${id}: ${name}`, name, u.ref.match ?? {}] as const)));

  it.each(names)("%s", (_title, name, match) => {
    // Quoted as code, alone or with labels; a histogram's _sum series goes by its family's name.
    const quoted = (n: string) => new RegExp(`\`${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\`{]`).test(REFERENCE);
    expect(quoted(name) || quoted(name.replace(/_(sum|count)$/, "")), name).toBe(true);
    for (const [label, value] of Object.entries(match)) expect(REFERENCE, `${name}{${label}="${value}"}`).toMatch(new RegExp(`${label}\\b[^\\n]*\\b${value}\\b`));
  });
});

describe("every flavor describes every signal", () => {
  it.each(entries)("%s %s has a source of the signal's shape", (_flavor, id, source) => {
    const latency = SIGNALS[id].shape === "latency";
    const kinds = latency ? ["histogram", "counter_mean", "unsupported"] : ["value", "unsupported"];
    expect(kinds).toContain(source.kind);
    if (source.kind === "unsupported") expect(source.reason.length).toBeGreaterThan(20);
    if (source.kind === "histogram") {
      expect(source.buckets.length).toBeGreaterThan(3);
      expect([...source.buckets].sort((a, b) => a - b)).toEqual(source.buckets);
      expect(new Set(source.buckets).size).toBe(source.buckets.length);
    }
  });
});

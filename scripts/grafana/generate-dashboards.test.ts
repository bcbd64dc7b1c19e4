import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DASHBOARDS_DIR, expectedDashboardFiles } from "./dashboard-files.ts";

describe("grafana/dashboards/", () => {
  const expected = expectedDashboardFiles();

  it.each(Object.keys(expected))("%s is what the generator writes (else run npm run dashboards:generate)", (name) => {
    const committed = readFileSync(new URL(name, DASHBOARDS_DIR), "utf8");
    expect(committed === expected[name], `grafana/dashboards/${name} drifted from the catalog: run npm run dashboards:generate`).toBe(true);
  });

  it("holds no dashboard the generator no longer writes", () => {
    const onDisk = readdirSync(DASHBOARDS_DIR).filter((f) => f.endsWith(".json")).sort();
    expect(onDisk).toEqual(Object.keys(expected).sort());
  });
});

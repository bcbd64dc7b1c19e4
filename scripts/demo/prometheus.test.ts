import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoPrometheusConfig } from "./prometheus.ts";

describe("demo Prometheus config", () => {
  const template = readFileSync("prometheus/prometheus.local.yml", "utf8");
  const out = demoPrometheusConfig(template, "/abs/rules", { engine: "127.0.0.1:18000", dcgm: "127.0.0.1:19400", panel: "127.0.0.1:13000", prometheus: "127.0.0.1:19090" });

  it("points every job at the demo's actual addresses, the DCGM series keeping the engine's instance", () => {
    expect(out).not.toMatch(/127\.0\.0\.1:(8000|9400|3000|9090)\b/);
    expect(out).toContain('targets: ["127.0.0.1:18000"]');
    expect(out).toContain('instance: "127.0.0.1:18000"');
    expect(out).toContain('targets: ["127.0.0.1:19400"]');
  });

  it("reads the repo's generated rule files by absolute path", () => {
    expect(out).toContain("- /abs/rules/throtl-recording.yml");
    expect(out).toContain("- /abs/rules/throtl-alerts.yml");
  });
});

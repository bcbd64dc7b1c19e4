import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENGINE_JOB, RULE_FILES } from "@throtl/signals";
import { amtool, hasAmtool, promtool } from "./promtool.ts";
import { PROMETHEUS_DIR } from "./rule-files.ts";

const RULES = RULE_FILES.map((f) => `rules/${f}`);
const TESTS = readdirSync(new URL("rules/tests/", PROMETHEUS_DIR)).filter((f) => f.endsWith(".test.yml")).map((f) => `rules/tests/${f}`);
const read = (path: string) => readFileSync(new URL(path, PROMETHEUS_DIR), "utf8");

describe("promtool", () => {
  it.each(["prometheus.yml", "prometheus.local.yml"])("check config accepts %s and the rule files it loads", (config) => {
    const r = promtool("check", "config", config);
    expect(r.ok, r.output).toBe(true);
    for (const rules of RULES) expect(r.output).toContain(`Checking ${rules}`);
  });

  it("check rules accepts every rule file, with duplicate records fatal", () => {
    const r = promtool("check", "rules", "--lint-fatal", ...RULES);
    expect(r.ok, r.output).toBe(true);
  });

  it("has a unit-test file for every rule file", () => {
    for (const file of RULE_FILES) {
      const test = `rules/tests/${file.replace(/\.yml$/, ".test.yml")}`;
      expect(TESTS).toContain(test);
      expect(read(test)).toContain(`  - ../${file}\n`);
    }
  });

  it("test rules passes every unit-test file (records from raw series, each alert firing and not)", () => {
    const r = promtool("test", "rules", ...TESTS);
    expect(r.ok, r.output).toBe(true);
  });
});

describe("prometheus.yml", () => {
  const config = read("prometheus.yml");

  it("scrapes the engine under the job name the alerts match", () => {
    expect(config).toContain(`- job_name: ${ENGINE_JOB}\n    static_configs:\n      - targets: ["engine:8000"]`);
  });

  it("gives the dcgm target the engine's instance label (GPU and engine series group alike)", () => {
    expect(config).toContain('- targets: ["dcgm-exporter:9400"]\n        labels:\n          instance: "engine:8000"');
  });

  it("is prometheus.local.yml with Compose service names instead of 127.0.0.1", () => {
    const body = (text: string) => text.replace(/^(#.*\n)+/, "");
    const hosts: Record<string, string> = { engine: "8000", "dcgm-exporter": "9400", panel: "3000", alertmanager: "9093", localhost: "9090" };
    const local = Object.entries(hosts).reduce((t, [host, port]) => t.replaceAll(`"${host}:${port}"`, `"127.0.0.1:${port}"`), body(config));
    expect(body(read("prometheus.local.yml"))).toBe(local);
  });
});

describe.skipIf(!hasAmtool())("alertmanager.yml", () => {
  it("passes amtool check-config", () => {
    const r = amtool("check-config", "alertmanager.yml");
    expect(r.ok, r.output).toBe(true);
  });
});

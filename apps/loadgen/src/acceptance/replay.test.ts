import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultsFile } from "../report/results-file.ts";
import { cli } from "./cli-harness.ts";
import { startScriptedServer, type ScriptedServer } from "./scripted-server.ts";

describe("--replay", () => {
  let first: ScriptedServer;
  let second: ScriptedServer;
  beforeAll(async () => {
    first = await startScriptedServer(() => "ok");
    second = await startScriptedServer(() => "ok");
  });
  afterAll(async () => { await first.close(); await second.close(); });

  it("sends the same requests on the same schedule from the spec embedded in a results file", async () => {
    const a = await cli(["--url", first.url, "--rate", "50", "--burstiness", "0.5", "--requests", "12", "--prompt-tokens", "16", "--output-tokens", "3", "--seed", "7", "--no-tui"]);
    expect(a.code).toBe(0);
    const b = await cli(["--replay", `${a.prefix}.json`, "--url", second.url, "--no-tui"]);
    expect(b.code).toBe(0);
    // Near-simultaneous sends on separate connections may reach the server in either order.
    const sorted = (bodies: unknown[]) => bodies.map((x) => JSON.stringify(x)).sort();
    expect(sorted(second.bodies)).toEqual(sorted(first.bodies));
    expect(first.bodies).toHaveLength(12);
    const [fa, fb] = [a, b].map((r) => JSON.parse(readFileSync(`${r.prefix}.json`, "utf8")) as ResultsFile);
    expect(fb!.spec).toEqual({ ...fa!.spec, target: { ...fa!.spec.target, url: second.url } });
    const schedule = (r: typeof a) => readFileSync(`${r.prefix}.csv`, "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[1]);
    expect(schedule(b)).toEqual(schedule(a));
  });

  it("refuses a replay whose trace file changed since the run", async () => {
    const a = await cli(["--url", first.url, "--trace", "packages/workload/traces/AzureLLMInferenceTrace_code.csv", "--limit", "2", "--speedup", "1000", "--no-tui"]);
    expect(a.code).toBe(0);
    const file = JSON.parse(readFileSync(`${a.prefix}.json`, "utf8")) as ResultsFile;
    const tampered = { ...file, spec: { ...file.spec, workload: { ...file.spec.workload, sha256: "0".repeat(64) } } };
    const path = `${a.prefix}-tampered.json`;
    writeFileSync(path, JSON.stringify(tampered));
    const b = await cli(["--replay", path, "--no-tui"]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/AzureLLMInferenceTrace_code\.csv changed since the recorded run/);
  });
});

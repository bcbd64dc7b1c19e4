import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExposition, readFixture } from "../metrics/testing/exposition.ts";
import { DCGM_FIELDS } from "./fields.ts";
import { exporterFor, step } from "./testing.ts";

const FIXTURE = readFixture("dcgm-exporter-3.x-datadog-fixture.prom");
// parse-prometheus-text-format refuses the fixture's empty HELP lines; its TYPE lines are all we need.
const fixture = new Map([...FIXTURE.matchAll(/^# TYPE (\w+) (\w+)$/gm)].map((m) => [m[1]!, { type: m[2]! }]));
const CATALOG = readFileSync(new URL("../../../../../shared/reference/metrics-catalog.md", import.meta.url), "utf8");

function busyText(): string {
  const { dcgm } = exporterFor({ tensorParallelSize: 2 });
  for (let t = 0; t < 2; t += 0.01) dcgm.onStep(step(0, t, 0.01, 0.004, 0.007));
  return dcgm.render(2);
}
const text = busyText();
const ours = parseExposition(text);
const labelOrder = (line: string) => [...line.matchAll(/(\w+)="/g)].map((m) => m[1]);

describe("dcgm-exporter format", () => {
  it("emits the catalog's default-counters families with its types and HELP text, in file order", () => {
    const rows = [...CATALOG.slice(CATALOG.indexOf("### 5a."), CATALOG.indexOf("### 5b.")).matchAll(/^\| `(DCGM_FI_\w+)` \| \**(\w+)\** \| (.*) \|$/gm)]
      .filter((m) => m[2] !== "label");
    expect([...ours.keys()]).toEqual(rows.map((m) => m[1]));
    for (const [, name, type, help] of rows) {
      expect(ours.get(name!)!.type, name).toBe(type);
      // Some catalog cells carry notes after the help sentence ("**0–100**, ..."); compare the sentence.
      const sentence = help!.includes(". ") ? help!.slice(0, help!.indexOf(". ") + 1) : help!;
      if (!help!.startsWith("(same wording")) expect(ours.get(name!)!.help, name).toBe(sentence);
    }
  });

  it("keeps the fixture's types for every family both have, except the PCIe byte rates (gauges since 4.x)", () => {
    const changed = ["DCGM_FI_PROF_PCIE_TX_BYTES", "DCGM_FI_PROF_PCIE_RX_BYTES"];
    const shared = [...ours.keys()].filter((n) => fixture.has(n));
    expect(shared.length).toBeGreaterThan(20);
    for (const n of shared) expect(`${n} ${ours.get(n)!.type}`).toBe(`${n} ${changed.includes(n) ? "gauge" : fixture.get(n)!.type}`);
  });

  it("labels GPU series like the fixture's 3.x capture plus 4.x's pci_bus_id after UUID (no process-name label)", () => {
    const fixtureOrder = labelOrder(FIXTURE.split("\n").find((l) => l.startsWith("DCGM_FI_DEV_SM_CLOCK{"))!).filter((n) => n !== "DCGM_FI_PROCESS_NAME");
    fixtureOrder.splice(fixtureOrder.indexOf("UUID") + 1, 0, "pci_bus_id");
    for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) expect(labelOrder(line)).toEqual(fixtureOrder);
    expect(text).toContain('gpu="1",UUID="GPU-');
    expect(text).toMatch(/pci_bus_id="00000000:2A:00\.0",device="nvidia1",modelName="NVIDIA H100 80GB HBM3",Hostname="gpu-node-1",DCGM_FI_DRIVER_VERSION="[\d.]+"/);
  });

  it("prints doubles with %f (6 decimals) and int64 fields bare, as the fixture does", () => {
    const value = (l: string) => l.slice(l.lastIndexOf(" ") + 1);
    for (const f of DCGM_FIELDS) {
      const pattern = f.kind === "float" ? /^\d+\.\d{6}$/ : /^\d+$/;
      for (const l of text.split("\n").filter((x) => x.startsWith(`${f.name}{`))) expect(value(l), f.name).toMatch(pattern);
    }
    expect(value(FIXTURE.split("\n").find((l) => l.startsWith("DCGM_FI_DEV_POWER_USAGE{"))!)).toMatch(/^\d+\.\d{6}$/);
    expect(value(FIXTURE.split("\n").find((l) => l.startsWith("DCGM_FI_DEV_SM_CLOCK{"))!)).toMatch(/^\d+$/);
  });

  it("omits the Hostname label when the host has no name, and memory temperature on GDDR boards", () => {
    const { dcgm } = exporterFor({ gpu: "l40s", model: "qwen2.5-0.5b-instruct" }, "");
    const t = dcgm.render(1);
    expect(t).not.toContain("Hostname=");
    expect(t).not.toContain("DCGM_FI_DEV_MEMORY_TEMP");
    expect(t).toContain('modelName="NVIDIA L40S"');
  });
});

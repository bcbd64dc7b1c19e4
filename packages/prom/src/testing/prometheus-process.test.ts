import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPromClient } from "../client.ts";
import { startMetricsServer } from "./metrics-server.ts";
import { startPrometheus } from "./prometheus-process.ts";

describe("startPrometheus", () => {
  it("says how to install Prometheus when the binary is missing", async () => {
    await expect(startPrometheus({ binary: "/nonexistent/prometheus" })).rejects.toThrow(
      /Prometheus binary not found or not executable at \/nonexistent\/prometheus\. Install the Debian package \(sudo apt-get install prometheus/,
    );
  });

  it("reports a Prometheus that exits during startup, with its log", async () => {
    await expect(startPrometheus({ extraArgs: ["--no-such-flag"] })).rejects.toThrow(/exited during startup[\s\S]*no-such-flag/);
  });

  it("starts on 127.0.0.1 and stop() leaves neither a process nor files behind", async () => {
    const prom = await startPrometheus();
    expect(prom.url).toBe(`http://127.0.0.1:${prom.port}`);
    const client = createPromClient({ baseUrl: prom.url, timeoutMs: 2000 });
    expect(await client.ready()).toBe(true);
    await prom.stop();
    await prom.stop(); // idempotent
    expect(existsSync(prom.dir)).toBe(false);
    await expect(client.ready({ timeoutMs: 500 })).rejects.toMatchObject({ kind: "unreachable", reason: "refused" });
  });

  it("restart() is an outage: refused while down, then back on the same port with the same TSDB", async () => {
    const target = await startMetricsServer(() => "throtl_restart_probe 42\n");
    const prom = await startPrometheus({ scrapeTargets: [{ job: "probe", targets: [target.target] }] });
    try {
      const client = createPromClient({ baseUrl: prom.url, timeoutMs: 2000 });
      const scrapedAtMs = Date.now();
      await prom.restart(async () => {
        await expect(client.ready({ timeoutMs: 500 })).rejects.toMatchObject({ kind: "unreachable", reason: "refused" });
      });
      expect(await client.ready()).toBe(true);
      // A sample scraped before the outage, read back at that time: the data survived the restart.
      const res = await client.query("throtl_restart_probe", scrapedAtMs);
      expect(res.data.resultType === "vector" ? res.data.result.map((s) => s.value?.value) : [], prom.logs()).toEqual([42]);
    } finally {
      await prom.stop();
      await target.close();
    }
  });
});

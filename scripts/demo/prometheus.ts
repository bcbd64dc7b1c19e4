import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnChild, waitHttp, type Child } from "./children.ts";

export interface DemoAddresses {
  readonly engine: string;
  readonly dcgm: string;
  readonly panel: string;
  readonly prometheus: string;
}

/** `prometheus` on PATH, or undefined: the demo then runs the panel in direct mode. */
export function findPrometheus(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v prometheus"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/**
 * prometheus.local.yml with the demo's actual addresses (they differ when a port was taken) and the
 * generated rule files by absolute path: the demo runs the same configuration the repo ships.
 */
export function demoPrometheusConfig(template: string, rulesDir: string, a: DemoAddresses): string {
  return template
    .replaceAll("127.0.0.1:8000", a.engine)
    .replaceAll("127.0.0.1:9400", a.dcgm)
    .replaceAll("127.0.0.1:3000", a.panel)
    .replaceAll("127.0.0.1:9090", a.prometheus)
    .replace(/^(\s*- )rules\//gm, `$1${rulesDir}/`);
}

export async function startDemoPrometheus(binary: string, a: DemoAddresses): Promise<{ child: Child; dataDir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "throtl-demo-prometheus-"));
  const config = join(dir, "prometheus.yml");
  writeFileSync(config, demoPrometheusConfig(readFileSync("prometheus/prometheus.local.yml", "utf8"), resolve("prometheus/rules"), a));
  const child = spawnChild("prometheus", binary, [
    `--config.file=${config}`, `--storage.tsdb.path=${join(dir, "data")}`, `--web.listen-address=${a.prometheus}`, "--storage.tsdb.retention.time=1d",
  ]);
  await waitHttp(child, `http://${a.prometheus}/-/ready`, 30_000);
  return { child, dataDir: dir };
}

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROMETHEUS_DIR } from "./rule-files.ts";

const PROMTOOL = "/usr/bin/promtool";
const AMTOOL = "/usr/bin/amtool";

export interface ToolRun { readonly ok: boolean; readonly output: string }

/** Runs a Prometheus tool in prometheus/; throws (failing the test) when it is not installed. */
function run(bin: string, pkg: string, args: readonly string[]): ToolRun {
  const r = spawnSync(bin, [...args], { cwd: fileURLToPath(PROMETHEUS_DIR), encoding: "utf8" });
  if (r.error) throw new Error(`${bin} not found: install the Debian package (apt-get install -y ${pkg}). ${r.error.message}`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export const promtool = (...args: string[]) => run(PROMTOOL, "prometheus", args);
export const amtool = (...args: string[]) => run(AMTOOL, "prometheus-alertmanager", args);
/** CI installs promtool only; amtool checks run where it happens to be installed. */
export const hasAmtool = () => existsSync(AMTOOL);

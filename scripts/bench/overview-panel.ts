// The built panel for the overview bench: its own dist dir (never the shared apps/web/.next), built
// once when missing, served by `next start` on a free 127.0.0.1 port with only the env it needs.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnChild, waitHttp } from "../demo/children.ts";
import { freePort } from "../lib/free-port.ts";

const WEB = "apps/web";
const NEXT = "node_modules/.bin/next";
/** apps/web/.next-bench unless THROTL_NEXT_DIST_DIR names another (e.g. to compare two builds). */
export const BENCH_DIST_DIR = process.env.THROTL_NEXT_DIST_DIR || ".next-bench";
/**
 * The panel's default query timeout is 5 s; the fleet's loads take tens of seconds on two busy shared
 * cores, and a timed-out tile is less work, not a faster load. Both sides get the same (it is a
 * parameter of each captured request).
 */
export const QUERY_TIMEOUT_MS = 120_000; // the most env.ts allows

export interface BenchPanel {
  readonly url: string;
  /** Its process group (next start and any worker it forks). */
  readonly pgid: number;
  stop(): Promise<void>;
}

const baseEnv = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", THROTL_NEXT_DIST_DIR: BENCH_DIST_DIR };

/** Builds the panel into apps/web/.next-bench unless a build is there; returns what it did. */
export async function ensureBuilt(): Promise<string> {
  const id = join(WEB, BENCH_DIST_DIR, "BUILD_ID");
  // Reused as it is: delete the directory to measure code changed since (a build takes minutes).
  if (existsSync(id)) return `the panel built at ${statSync(id).mtime.toISOString().slice(0, 16)} in ${WEB}/${BENCH_DIST_DIR} (delete it to rebuild)`;
  const started = performance.now();
  const build = spawnChild("next build", NEXT, ["build", WEB], baseEnv);
  const code = await new Promise<number | null>((resolve) => build.process.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (${code}):\n${build.tail()}`);
  return `built the panel into ${WEB}/${BENCH_DIST_DIR} (${((performance.now() - started) / 1000).toFixed(0)} s)`;
}

export async function startBenchPanel(prometheusUrl: string): Promise<BenchPanel> {
  const port = await freePort();
  const child = spawnChild("panel", NEXT, ["start", WEB, "-H", "127.0.0.1", "-p", String(port)], {
    ...baseEnv, PROMETHEUS_URL: prometheusUrl, THROTL_DEFAULT_REFRESH: "off", THROTL_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHttp(child, `${url}/metrics`, 60_000);
  } catch (e) {
    await child.stop();
    throw e;
  }
  return { url, pgid: child.process.pid!, stop: () => child.stop() };
}

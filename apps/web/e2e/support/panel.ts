// Starts the built panel (`next start`) on a free 127.0.0.1 port with the given environment and
// waits until it answers; stop() ends that process by its pid.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { freePort } from "@throtl/prom/testing";

export interface Panel {
  readonly url: string;
  logs(): string;
  stop(): Promise<void>;
}

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function startPanel(env: Record<string, string>): Promise<Panel> {
  const distDir = process.env.THROTL_NEXT_DIST_DIR || ".next";
  if (!existsSync(join(appDir, distDir, "BUILD_ID"))) {
    throw new Error(`apps/web has no production build in ${distDir}: run \`npm run build -w @throtl/web\` (npm run test:e2e does)`);
  }
  const port = await freePort();
  const next = join(appDir, "..", "..", "node_modules", ".bin", "next");
  const child: ChildProcess = spawn(next, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: appDir,
    // Only what the panel needs: the test's own PROMETHEUS_URL or THROTL_* must not leak in.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", THROTL_NEXT_DIST_DIR: distDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout?.on("data", (b: Buffer) => log.push(b.toString()));
  child.stderr?.on("data", (b: Buffer) => log.push(b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5_000).then(() => child.kill("SIGKILL"))]);
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      if ((await fetch(`${url}/metrics`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the panel did not answer within 30 s:\n${log.join("")}`);
    }
    await sleep(200);
  }
  return { url, logs: () => log.join(""), stop };
}

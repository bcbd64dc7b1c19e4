// Starts a real Prometheus for an integration test: its own port on 127.0.0.1, a throwaway TSDB,
// the lifecycle API on (for reload), and a wait until targets have been scraped. Prometheus 2.42
// runs target discovery about 5 s after start, so a first successful scrape takes ~6 s; start one
// per test file (beforeAll), not per test.
import { type ChildProcess, spawn } from "node:child_process";
import { constants, rmSync } from "node:fs";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createPromClient, type PromClient } from "../client.ts";
import { PromUnreachableError } from "../errors.ts";
import { freePort } from "./free-port.ts";
import { type PrometheusConfigOptions, renderPrometheusConfig } from "./prometheus-config.ts";
import { type TargetWait, waitForTargets } from "./wait-for-targets.ts";

export const DEFAULT_PROMETHEUS_BINARY = "/usr/bin/prometheus";

export interface StartPrometheusOptions extends PrometheusConfigOptions {
  /** Before returning: "up" (default) waits for a successful scrape of every target, "scraped" for any scrape. */
  readonly waitForTargets?: TargetWait | "none";
  /** Bound on readiness plus the target wait. Default 30 s. */
  readonly startTimeoutMs?: number;
  /** Default: $PROMETHEUS_BIN, else /usr/bin/prometheus (Debian's `prometheus` package). */
  readonly binary?: string;
  /** Extra command-line flags, e.g. ["--query.lookback-delta=30s"]. */
  readonly extraArgs?: readonly string[];
}

export interface PrometheusProcess {
  /** "http://127.0.0.1:<port>" */
  readonly url: string;
  readonly port: number;
  /** Temp directory holding prometheus.yml and the TSDB; removed by stop(). */
  readonly dir: string;
  /** Rewrites prometheus.yml with `update` merged in (or re-reads rule files as they are) and reloads. */
  reload(update?: PrometheusConfigOptions): Promise<void>;
  /** Waits for the current targets, e.g. after a reload that added some. */
  waitForTargets(wait?: TargetWait, timeoutMs?: number): Promise<void>;
  /** The last lines Prometheus logged, for failure messages. */
  logs(): string;
  /**
   * An outage: stops the process (SIGTERM), runs `whileDown`, then starts it again on the same port
   * with the same config and TSDB and waits until it is ready (also when `whileDown` throws).
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  /** SIGTERM (SIGKILL after 10 s), then removes the temp directory. Idempotent. */
  stop(): Promise<void>;
}

// If the test process exits without afterAll (a crash, process.exit), do not leave Prometheus behind.
const live = new Map<ChildProcess, string>();
process.once("exit", () => {
  for (const [child, dir] of live) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});

async function checkBinary(binary: string): Promise<void> {
  try {
    await access(binary, constants.X_OK);
  } catch {
    throw new Error(
      `Prometheus binary not found or not executable at ${binary}. Install the Debian package ` +
        "(sudo apt-get install prometheus; CI does this in .ci/run) or point PROMETHEUS_BIN at a prometheus binary.",
    );
  }
}

export async function startPrometheus(options: StartPrometheusOptions = {}): Promise<PrometheusProcess> {
  const binary = options.binary ?? process.env.PROMETHEUS_BIN ?? DEFAULT_PROMETHEUS_BINARY;
  await checkBinary(binary);
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  const dir = await mkdtemp(join(tmpdir(), "throtl-prom-"));
  const configPath = join(dir, "prometheus.yml");
  let config: PrometheusConfigOptions = options;
  await writeFile(configPath, renderPrometheusConfig(config));

  const log: string[] = [];
  const logs = () => log.slice(-60).join("\n");
  const remember = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").trimEnd().split("\n"));
    if (log.length > 500) log.splice(0, log.length - 500);
  };

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let dead = false; // set on "exit", and on "error" (a failed spawn never emits "exit")
  let port: number;
  let client: PromClient;

  const stopChild = async () => {
    if (!child) return;
    const c = child;
    if (!dead) {
      c.kill("SIGTERM");
      const kill = setTimeout(() => c.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(kill);
    }
    live.delete(c);
  };
  try {
    // Another process can grab the free port before Prometheus binds it: retry with a new one.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const c = launch(port);
      client = createPromClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 2000 });
      const outcome = await waitReady(client, () => dead, deadline);
      if (outcome === "ready") break;
      if (outcome === "exited" && attempt < 3 && /address already in use/.test(logs())) {
        live.delete(c);
        continue;
      }
      throw new Error(
        outcome === "exited"
          ? `Prometheus (${binary}) exited during startup with code ${c.exitCode ?? c.signalCode}`
          : `Prometheus did not become ready on 127.0.0.1:${port} within ${options.startTimeoutMs ?? 30_000} ms`,
      );
    }
    const wait = options.waitForTargets ?? "up";
    if (wait !== "none") await waitForTargets(client, config, wait, deadline - Date.now());
  } catch (err) {
    // Whatever went wrong, leave nothing running or on disk, and show what Prometheus said.
    await stopChild();
    await rm(dir, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`${message}\n--- prometheus log (last lines) ---\n${logs()}`, { cause: err });
  }

  /** Spawns Prometheus on `onPort` with this config and TSDB; the caller waits until it is ready. */
  function launch(onPort: number): ChildProcess {
    const c = spawn(
      binary,
      [
        `--config.file=${configPath}`,
        `--storage.tsdb.path=${join(dir, "data")}`,
        `--web.listen-address=127.0.0.1:${onPort}`,
        "--web.enable-lifecycle",
        ...(options.extraArgs ?? []),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = c;
    live.set(c, dir);
    dead = false;
    exited = new Promise((resolve) => {
      c.once("exit", () => ((dead = true), resolve()));
      c.once("error", (err) => (remember(Buffer.from(`spawn failed: ${err.message}`)), (dead = true), resolve()));
    });
    c.stdout?.on("data", remember);
    c.stderr?.on("data", remember);
    return c;
  }

  const url = `http://127.0.0.1:${port}`;
  const readyClient = client;

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dir,
    logs,
    async reload(update) {
      if (update) {
        config = { ...config, ...update };
        await writeFile(configPath, renderPrometheusConfig(config));
      }
      // Unlike SIGHUP, the lifecycle endpoint answers only once the reload is done, with the error if any.
      const res = await fetch(`${url}/-/reload`, { method: "POST", signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`Prometheus reload failed (HTTP ${res.status}): ${(await res.text()).trim()}`);
    },
    waitForTargets: (w = "up", timeoutMs = 30_000) => waitForTargets(readyClient, config, w, timeoutMs),
    async restart(whileDown) {
      if (stopping) throw new Error("Prometheus was stopped; restart() needs a running one");
      await stopChild();
      let failure: { error: unknown } | undefined;
      try {
        await whileDown?.();
      } catch (error) {
        failure = { error }; // rethrown once Prometheus is back, so stop() still has a process to end
      }
      const c = launch(port);
      const outcome = await waitReady(readyClient, () => dead, Date.now() + (options.startTimeoutMs ?? 30_000));
      if (outcome !== "ready") throw new Error(`Prometheus did not come back on 127.0.0.1:${port} (${outcome}, ${c.exitCode ?? c.signalCode ?? "running"})\n${logs()}`);
      if (failure) throw failure.error;
    },
    stop() {
      stopping ??= stopChild().then(() => rm(dir, { recursive: true, force: true }));
      return stopping;
    },
  };
}

/** Polls /-/ready until 200, the process exits, or the deadline passes. */
async function waitReady(client: PromClient, isDead: () => boolean, deadline: number): Promise<"ready" | "exited" | "timeout"> {
  while (Date.now() < deadline) {
    if (isDead()) return "exited";
    try {
      if (await client.ready({ timeoutMs: 1000 })) return "ready";
    } catch (err) {
      if (!(err instanceof PromUnreachableError)) throw err;
    }
    await sleep(100);
  }
  return "timeout";
}

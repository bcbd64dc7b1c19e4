// Starts a throwaway Postgres for tests: initdb into a temp directory (trust auth, no fsync), the
// server on its own port on 127.0.0.1, stopped and deleted by stop(). ~1.5 s; start one per test
// file (beforeAll) and give each test what it needs with createDatabase().
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chownSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { freePort } from "@throtl/prom/testing";
import { resolvePgInstall, type PgInstall } from "./pg-install.ts";

export interface TestPostgres {
  readonly port: number;
  readonly install: PgInstall;
  /** postgresql://postgres@127.0.0.1:<port>/<database> (trust auth: no password). */
  url(database?: string): string;
  /** Creates a database (a fresh name unless given), optionally as a copy of `template`; returns its url. */
  createDatabase(options?: { name?: string; template?: string }): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** The last lines the server logged, for failure messages. */
  logs(): string;
  /** Fast shutdown (SIGKILL after 10 s), then removes the data directory. Idempotent. */
  stop(): Promise<void>;
}

// If the test process exits without afterAll (a crash), do not leave servers or data behind.
const live = new Map<ChildProcess, string>();
process.once("exit", () => {
  for (const [child, dir] of live) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});

function run(cmd: string, args: string[], install: PgInstall): Promise<string> {
  const ids = install.user ? { uid: install.user.uid, gid: install.user.gid } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}:\n${out}`))));
  });
}

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined); // a dropped connection during shutdown is not a test failure
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function startTestPostgres(options: { startTimeoutMs?: number } = {}): Promise<TestPostgres> {
  const install = resolvePgInstall();
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const dir = await mkdtemp(join(tmpdir(), "throtl-pg-"));
  if (install.user) chownSync(dir, install.user.uid, install.user.gid);
  const data = join(dir, "data");
  const log: string[] = [];
  const remember = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").trimEnd().split("\n"));
    if (log.length > 300) log.splice(0, log.length - 300);
  };
  const logs = () => log.slice(-40).join("\n");

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let dead = false;
  let port = 0;
  const stopChild = async () => {
    if (!child) return;
    const c = child;
    if (!dead) {
      c.kill("SIGINT"); // fast shutdown: roll back open transactions, close connections
      const kill = setTimeout(() => c.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(kill);
    }
    live.delete(c);
  };

  try {
    // -N: no fsync during init; the cluster lives for one test file.
    await run(join(install.binDir, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "-N"], install);
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const ids = install.user ? { uid: install.user.uid, gid: install.user.gid } : {};
      const c = spawn(
        join(install.binDir, "postgres"),
        ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`,
          // Durability off: a test database never outlives a crash.
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } },
      );
      child = c;
      dead = false;
      live.set(c, dir);
      exited = new Promise((resolve) => {
        c.once("exit", () => ((dead = true), resolve()));
        c.once("error", (err) => (remember(Buffer.from(`spawn failed: ${err.message}`)), (dead = true), resolve()));
      });
      c.stdout?.on("data", remember);
      c.stderr?.on("data", remember);
      const outcome = await waitReady(`postgresql://postgres@127.0.0.1:${port}/postgres`, () => dead, Date.now() + timeoutMs);
      if (outcome === "ready") break;
      if (outcome === "exited" && attempt < 3 && /already in use/.test(logs())) {
        live.delete(c);
        continue;
      }
      throw new Error(outcome === "exited" ? `postgres exited during startup with code ${c.exitCode ?? c.signalCode}` : `postgres did not accept connections on 127.0.0.1:${port} within ${timeoutMs} ms`);
    }
  } catch (err) {
    await stopChild();
    await rm(dir, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`${message}\n(binaries: ${install.binDir} from ${install.source}${install.user ? `, run as ${install.user.name}` : ""})\n--- postgres log ---\n${logs()}`, { cause: err });
  }

  const url = (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let stopping: Promise<void> | undefined;
  return {
    port,
    install,
    url,
    logs,
    async createDatabase({ name = `test_${randomUUID().replaceAll("-", "").slice(0, 12)}`, template } = {}) {
      await query(url(), `CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
      return url(name);
    },
    dropDatabase: (name) => query(url(), `DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`),
    stop() {
      stopping ??= stopChild().then(() => rm(dir, { recursive: true, force: true }));
      return stopping;
    },
  };
}

async function waitReady(url: string, isDead: () => boolean, deadline: number): Promise<"ready" | "exited" | "timeout"> {
  while (Date.now() < deadline) {
    if (isDead()) return "exited";
    try {
      await query(url, "SELECT 1");
      return "ready";
    } catch {
      await sleep(50);
    }
  }
  return "timeout";
}

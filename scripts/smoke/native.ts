/**
 * `make smoke` / `npm run smoke`: the `fake` profile of docker-compose.yml without Docker. Each
 * service's command, environment, entrypoint script and healthcheck are read from the Compose file
 * (interpolated with the smoke's settings, as Compose would) and run on this machine's binaries, with
 * the same configuration files: prometheus/prometheus.local.yml and rules, alertmanager.yml, the
 * infra/ entrypoints. Then a short load, and the panel's API must show live numbers and a
 * recommendation. Grafana is not run (no binary here). `--skip-build` reuses apps/web/.next.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { type ComposeService, readCompose, ROOT } from "../compose/compose-file.ts";
import { waitForPanel } from "./check-panel.ts";
import { interpolateDeep } from "./interpolate.ts";
import { Processes, portFree, run, until } from "./processes.ts";
import { PANEL_URL, SMOKE_PORTS, smokeEnv } from "./smoke-env.ts";
import { GRAFANA_NOTE, hostPath, words } from "./stack.ts";

const t0 = Date.now();
const log = (line: string) => console.log(`[smoke ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const skipBuild = process.argv.includes("--skip-build");
/** How long the panel may take to show live numbers and a recommendation once the load starts. */
const PANEL_WAIT_MS = 180_000;

const env = smokeEnv();
const services = interpolateDeep(readCompose(), env).services;
const svc = (name: string): ComposeService => services[name] ?? (() => { throw new Error(`docker-compose.yml has no service ${name}`); })();
const dir = mkdtempSync(join(tmpdir(), "throtl-smoke-"));
chmodSync(dir, 0o755); // postgres runs as its own user and must reach its data directory
const procs = new Processes(dir);
const baseEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? dir, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
const isRoot = userInfo().uid === 0;
let tearingDown = false;

/** The service's healthcheck test, run here (busybox provides wget where the host has none). */
async function healthy(name: string): Promise<boolean> {
  const test = svc(name).healthcheck?.test;
  if (!Array.isArray(test) || test[0] !== "CMD") throw new Error(`${name}: expected a CMD healthcheck`);
  let [cmd, ...args] = test.slice(1) as string[];
  if (cmd === "wget" && (await run("sh", ["-c", "command -v wget"])).code !== 0) [cmd, args] = ["busybox", ["wget", ...args]];
  return (await run(cmd!, args, { env: { ...baseEnv, PATH: `/usr/lib/postgresql/15/bin:${baseEnv.PATH}` }, timeoutMs: 10_000 })).code === 0;
}

async function main(): Promise<boolean> {
  for (const [what, port] of Object.entries(SMOKE_PORTS)) {
    if (!(await portFree(port))) throw new Error(`127.0.0.1:${port} (${what}) is taken: the smoke needs prometheus.local.yml's ports free`);
  }
  log(`working directory ${dir}`);

  if (!skipBuild) {
    log("building the panel (prisma generate, next build), as infra/node/Dockerfile does");
    const build = await run("sh", ["-c", "npm run generate -w @throtl/db && npm run build -w @throtl/web"], { cwd: ROOT, env: { ...process.env, ...baseEnv }, timeoutMs: 600_000 });
    if (build.code !== 0) throw new Error(`panel build failed:\n${build.out.slice(-3000)}`);
  }

  const fake = svc("fake");
  procs.start("fake", `${ROOT}node_modules/.bin/tsx`, [`${ROOT}apps/fake-backend/src/main.ts`, ...words(fake.command)], { env: baseEnv });

  const prom = svc("prometheus");
  const promArgs = (prom.command as string[]).map((a) => hostPath(a, prom, dir));
  procs.start("prometheus", "/usr/bin/prometheus", promArgs, { env: baseEnv });

  const am = svc("alertmanager");
  const shim = join(dir, "bin");
  mkdirSync(shim);
  symlinkSync("/usr/bin/prometheus-alertmanager", join(shim, "alertmanager"));
  procs.start("alertmanager", "sh", [hostPath((am.entrypoint as string[])[1]!, am, dir)], {
    env: {
      ...baseEnv, ...am.environment, PATH: `${shim}:${baseEnv.PATH}`,
      AM_SOURCE: hostPath("/etc/throtl/alertmanager.yml", am, dir), AM_CONFIG: join(dir, "alertmanager.yml"), AM_STORAGE: hostPath("/alertmanager", am, dir),
    },
  });

  const pg = svc("postgres");
  const pgdata = join(dir, "pgdata");
  const sockets = join(dir, "pgsock");
  for (const d of [pgdata, sockets]) {
    mkdirSync(d, { mode: 0o700 });
    if (isRoot) chownSync(d, ...pgUser());
  }
  const pgEnv = { ...baseEnv, ...pg.environment, PGDATA: pgdata, PG_SOCKET_DIR: sockets, PATH: `/usr/lib/postgresql/15/bin:${baseEnv.PATH}` };
  const pgArgs = [`${ROOT}infra/smoke/standin/postgres-entrypoint.sh`, ...(pg.command as string[]), "-c", `unix_socket_directories=${sockets}`];
  if (isRoot) procs.start("postgres", "runuser", ["-u", "postgres", "--", "env", ...Object.entries(pgEnv).map(([k, v]) => `${k}=${v}`), "sh", ...pgArgs]);
  else procs.start("postgres", "sh", pgArgs, { env: pgEnv });

  for (const name of ["fake", "prometheus", "alertmanager", "postgres"]) {
    await until(`${name}'s healthcheck`, () => healthy(name), 60_000);
    log(`${name} healthy`);
  }

  const panel = svc("panel");
  procs.start("panel", "sh", [`${ROOT}infra/node/panel-start.sh`], { env: { ...baseEnv, ...panel.environment, APP_ROOT: ROOT, NODE_ENV: "production" } });
  await until("the panel's healthcheck (migrations, then next start)", () => healthy("panel"), 120_000);
  log("panel healthy (migrations applied)");

  const load = svc("load");
  log(`load: ${env.LOAD_RATE} req/s for ${env.LOAD_DURATION} (${env.LOAD_ARGS})`);
  const job = procs.start("load", "sh", [`${ROOT}infra/node/load-start.sh`], {
    env: {
      ...baseEnv, ...load.environment, LOADGEN: `${ROOT}node_modules/.bin/tsx ${ROOT}apps/loadgen/src/main.ts`,
      TRACES_DIR: hostPath("/traces", load, dir), RESULTS_DIR: dir,
    },
  });
  // The panel is read while the load runs: KV pressure and preemption are facts of the moment.
  const exited = Processes.exited(job).then((code) => {
    if (tearingDown) return code; // stopped by the teardown, not by itself
    log(`load finished with exit code ${code} (1: an SLO or error budget was missed, fine here)`);
    if (code !== 0 && code !== 1) log(`load failed:\n${procs.tail(job)}`);
    return code;
  });
  const verdict = await waitForPanel(PANEL_URL, PANEL_WAIT_MS, log);
  if (!verdict.ok) await exited;
  for (const line of verdict.lines) log(`panel: ${line}`);
  log(GRAFANA_NOTE);
  return verdict.ok;
}

/** uid and gid of the postgres user, which initdb must run as (it refuses root). */
function pgUser(): [number, number] {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no postgres user (apt-get install -y postgresql-15)");
  const [, , uid, gid] = line.split(":");
  return [Number(uid), Number(gid)];
}

let ok = false;
try {
  ok = await main();
} catch (e) {
  console.error(`[smoke] ${(e as Error).message}`);
} finally {
  log("stopping");
  tearingDown = true;
  await procs.stopAll();
  if (!ok) console.error(`[smoke] logs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
log(ok ? "SMOKE PASSED" : "SMOKE FAILED");
process.exitCode = ok ? 0 : 1;

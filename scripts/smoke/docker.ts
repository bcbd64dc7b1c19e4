/**
 * `make smoke-docker` / `npm run smoke:docker` (root): the `fake` profile of docker-compose.yml under a
 * real Docker engine. Installs docker.io, docker-compose and busybox from Debian where missing, starts
 * a private dockerd with `--bridge=none --iptables=false` (every container on the host's network,
 * nothing routed anywhere), builds local stand-ins for the public base images
 * (infra/smoke/build-standins.sh), resolves the fake profile with `docker-compose config`, moves it onto
 * the host network, builds Throtl's images without a network, starts the services, runs the load
 * profile and checks the panel's API for live numbers and a recommendation. Then removes everything.
 * Why each step: docs/docker-smoke.md. SMOKE_KEEP_DOCKER=1 keeps the engine's data (build cache).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { composeBinary, composeConfig, type ComposeFile, ROOT } from "../compose/compose-file.ts";
import { waitForPanel } from "./check-panel.ts";
import { Processes, portFree, run, until } from "./processes.ts";
import { PANEL_URL, SMOKE_PORTS, smokeEnv } from "./smoke-env.ts";
import { GRAFANA_NOTE, hostNetwork } from "./stack.ts";

const t0 = Date.now();
const log = (line: string) => console.log(`[smoke-docker ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const STATE = "/tmp/throtl-smoke-docker";
const SOCKET = `${STATE}/docker.sock`;
const PROJECT = "throtl-smoke";
/** The fake profile's services that can run here (grafana cannot: GRAFANA_NOTE), and the load job. */
const SERVICES = ["fake", "prometheus", "alertmanager", "postgres", "panel"];
const STANDINS = {
  NODE_IMAGE: "throtl-standin/node:20",
  PROMETHEUS_IMAGE: "throtl-standin/prometheus:2",
  ALERTMANAGER_IMAGE: "throtl-standin/alertmanager:0",
  POSTGRES_IMAGE: "throtl-standin/postgres:15",
};
const PANEL_WAIT_MS = 240_000;

const dir = mkdtempSync(join(tmpdir(), "throtl-smoke-docker-"));
const procs = new Processes(dir);
const dockerEnv = { ...process.env, DOCKER_HOST: `unix://${SOCKET}`, DOCKER: "/usr/bin/docker", COMPOSE_PROJECT_NAME: PROJECT };
const timings: Record<string, number> = {};
const mark = (what: string) => (timings[what] = Math.round((Date.now() - t0) / 1000));

async function sh(what: string, cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = dockerEnv, timeoutMs = 900_000): Promise<string> {
  const r = await run(cmd, args, { env, cwd: ROOT, timeoutMs });
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.out.slice(-4000)}`);
  return r.out;
}

async function ensurePackages(): Promise<void> {
  const missing = [["dockerd", "docker.io"], ["docker-compose", "docker-compose"], ["busybox", "busybox"]]
    .filter(([bin]) => !["/usr/bin", "/usr/sbin"].some((d) => existsSync(`${d}/${bin}`))).map(([, pkg]) => pkg!);
  if (missing.length === 0) return;
  log(`installing ${missing.join(", ")} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await sh("apt-get update", "apt-get", ["update", "-qq"], env);
  await sh("apt-get install", "apt-get", ["install", "-y", "-qq", ...missing], env);
}

async function startDockerd(): Promise<void> {
  mkdirSync(STATE, { recursive: true });
  // No bridge and no iptables rules: containers get the host's network or none, and the host's
  // firewall is left alone. A private socket, data root and containerd namespace keep it apart
  // from any other Docker on the machine.
  procs.start("dockerd", "/usr/sbin/dockerd", [
    "--bridge=none", "--iptables=false", "--ip6tables=false", "--ip-masq=false",
    `--host=unix://${SOCKET}`, `--data-root=${STATE}/data`, `--exec-root=${STATE}/exec`, `--pidfile=${STATE}/dockerd.pid`,
    "--containerd-namespace=throtl-smoke", "--containerd-plugins-namespace=throtl-smoke-plugins", "--storage-driver=overlay2",
  ]);
  await until("dockerd", async () => (await run("/usr/bin/docker", ["version"], { env: dockerEnv, timeoutMs: 5000 })).code === 0, 60_000);
}

/** The fake profile resolved by docker-compose itself, then moved onto the host network. */
async function hostCompose(env: Record<string, string>): Promise<string> {
  const resolved = parse(composeConfig(undefined, { ...env, COMPOSE_PROFILES: "fake,load" }, false)) as ComposeFile;
  const file = join(dir, "docker-compose.host.yml");
  // YAML 1.1 rules, as docker-compose v1 (PyYAML) reads them: "no" stays a string, not false.
  writeFileSync(file, stringify(hostNetwork(resolved, [...SERVICES, "load"]), { version: "1.1" }));
  return file;
}

async function healthy(service: string): Promise<boolean> {
  const id = (await run("/usr/bin/docker", ["ps", "-q", "--filter", `label=com.docker.compose.service=${service}`, "--filter", `label=com.docker.compose.project=${PROJECT}`], { env: dockerEnv })).out.trim();
  if (!id) return false;
  const state = await run("/usr/bin/docker", ["inspect", "-f", "{{.State.Health.Status}}", id], { env: dockerEnv });
  return state.out.trim() === "healthy";
}

async function main(): Promise<boolean> {
  if (userInfo().uid !== 0) throw new Error("the Docker smoke needs root (dockerd, apt-get)");
  await ensurePackages();
  for (const [what, port] of Object.entries(SMOKE_PORTS)) {
    if (!(await portFree(port))) throw new Error(`127.0.0.1:${port} (${what}) is taken: host networking needs prometheus.local.yml's ports free`);
  }
  await startDockerd();
  mark("dockerd");
  log("dockerd up (--bridge=none --iptables=false); building stand-in base images from this machine's packages");
  log((await sh("stand-in images", `${ROOT}infra/smoke/build-standins.sh`, [])).trim().replace(/\n/g, "; "));
  mark("standins");

  const env: Record<string, string> = { ...smokeEnv(), ...STANDINS };
  const file = await hostCompose(env);
  const compose = (...args: string[]) => sh(`docker-compose ${args[0]}`, composeBinary()!, ["-p", PROJECT, "--project-directory", ROOT, "-f", file, ...args], { ...dockerEnv, ...env });
  log("building fake-backend, panel and loadgen images (no network; npm from the stand-in's offline cache)");
  await compose("build", "fake", "panel", "load");
  mark("images");
  log("starting fake, prometheus, alertmanager, postgres, panel on the host network");
  await compose("up", "-d", "--no-build", ...SERVICES);
  for (const s of SERVICES) {
    await until(`${s} to be healthy`, () => healthy(s), 180_000, 2000);
    log(`${s} healthy`);
  }
  mark("healthy");
  log(`load profile: ${env.LOAD_RATE} req/s for ${env.LOAD_DURATION} (${env.LOAD_ARGS})`);
  const load = procs.start("load", composeBinary()!, ["-p", PROJECT, "--project-directory", ROOT, "-f", file, "run", "--rm", "--no-deps", "load"], { env: { ...dockerEnv, ...env }, cwd: ROOT });
  const verdict = await waitForPanel(PANEL_URL, PANEL_WAIT_MS, log);
  mark("checked");
  for (const line of verdict.lines) log(`panel: ${line}`);
  if (!verdict.ok) log(`load job log:\n${procs.tail(load)}`);
  log(GRAFANA_NOTE);
  return verdict.ok;
}

async function teardown(): Promise<void> {
  const file = join(dir, "docker-compose.host.yml");
  if (existsSync(file) && existsSync(SOCKET)) {
    await run(composeBinary()!, ["-p", PROJECT, "--project-directory", ROOT, "-f", file, "--profile", "load", "down", "-v", "--remove-orphans", "--timeout", "10"], { env: { ...dockerEnv, ...smokeEnv(), ...STANDINS }, cwd: ROOT });
  }
  await procs.stopAll(20_000);
  // What dockerd leaves behind after it stops (recipes: a netns mount), then its state.
  await run("sh", ["-c", `umount ${STATE}/exec/netns/* 2>/dev/null; true`]);
  if (!process.env.SMOKE_KEEP_DOCKER) rmSync(STATE, { recursive: true, force: true });
}

let ok = false;
try {
  ok = await main();
} catch (e) {
  console.error(`[smoke-docker] ${(e as Error).message}`);
} finally {
  log("tearing down (compose down -v, dockerd stopped)");
  await teardown().catch((e: unknown) => console.error(`[smoke-docker] teardown: ${(e as Error).message}`));
  mark("done");
  log(`timings (s since start): ${JSON.stringify(timings)}`);
  if (ok) rmSync(dir, { recursive: true, force: true });
  else console.error(`[smoke-docker] logs kept in ${dir}`);
}
log(ok ? "SMOKE (DOCKER) PASSED" : "SMOKE (DOCKER) FAILED");
process.exitCode = ok ? 0 : 1;

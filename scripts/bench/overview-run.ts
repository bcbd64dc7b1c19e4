// Row (f) end to end: a real fake vLLM with its fake DCGM under a steady load gives the /metrics
// bodies (and is itself the 1-instance scenario); the same bodies feed the 256-instance fleet.
import { freePort, startFakeServer } from "./fake-server.ts";
import { type FakeTargets, fleetInstances, type Scenario, singleInstance, type Templates } from "./overview-bench.ts";
import { ensureBuilt } from "./overview-panel.ts";
import { CPUS, TASKSET } from "./pin.ts";
import { spawnSync } from "node:child_process";

export const FLEET_SIZE = 256;
const ONE_PATHS = ["/api/overview", "/"];
const FLEET_PATHS = ["/api/overview", "/api/fleet"];
/** Timed at 256 (each load takes tens of seconds here); /api/fleet is captured in the 1-instance run so its series get history. */
const FLEET_TIMED = ["/api/overview"];

export interface OverviewBench {
  readonly build: string;
  readonly scenarios: readonly Scenario[];
}

/** One short completion every 100 ms, so every histogram and rate of the fake has data. */
function steadyLoad(url: string, model: string): () => Promise<void> {
  const inFlight = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    const p = fetch(`${url}/v1/completions`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ model, prompt: "tell me about inference servers", max_tokens: 24, ignore_eos: true }),
    }).then((r) => r.arrayBuffer(), () => undefined).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, 100);
  return async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
  };
}

const report = (e: unknown) => (e instanceof Error ? e.message.split("\n").slice(0, 3).join(" | ") : String(e)).slice(0, 400);

export async function benchOverview(log: (line: string) => void): Promise<OverviewBench | string> {
  // Rows a–e pin this process to one CPU; the panel, Prometheus and the fake inherit it unless undone.
  if (TASKSET) spawnSync(TASKSET, ["-a", "-cp", CPUS.join(","), String(process.pid)], { stdio: "ignore" });
  let build: string;
  try {
    build = await ensureBuilt();
  } catch (e) {
    return report(e);
  }
  const dcgmPort = await freePort();
  const fake = await startFakeServer(undefined, ["--dcgm-port", String(dcgmPort)]);
  if (typeof fake === "string") return fake;
  const stopLoad = steadyLoad(fake.url, fake.model);
  try {
    const targets: FakeTargets = { engine: new URL(fake.url).host, dcgm: `127.0.0.1:${dcgmPort}` };
    await new Promise((r) => setTimeout(r, 10_000)); // every histogram bucket range gets observations
    const atMs = Date.now();
    const [engine, dcgm] = await Promise.all([fetch(`${fake.url}/metrics`), fetch(`http://${targets.dcgm}/metrics`)].map(async (r) => (await r).text()));
    const t: Templates = { engine: engine!, dcgm: dcgm!, atMs };
    const scenarios: Scenario[] = [];
    log("(f) overview bench: 1 instance ...");
    const one = await singleInstance(targets, t, ONE_PATHS, FLEET_PATHS).catch((e: unknown): Scenario => ({ label: "1 instance", setup: "", pages: report(e) }));
    scenarios.push(one);
    await stopLoad();
    await fake.stop(); // its template is all the fleet needs; free the core
    log(`(f) overview bench: ${FLEET_SIZE} instances ...`);
    if (!one.promql) return { build, scenarios }; // the fleet's history is chosen by what that run captured
    scenarios.push(await fleetInstances(FLEET_SIZE, t, FLEET_TIMED, one.promql).catch((e: unknown) => ({ label: `${FLEET_SIZE} instances`, setup: "", pages: report(e) })));
    return { build, scenarios };
  } finally {
    await stopLoad();
    await fake.stop();
  }
}

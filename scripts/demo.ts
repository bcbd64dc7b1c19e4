/**
 * `npm run demo`: the fake vLLM server (simulated Llama-3.1-8B on an H100, a small KV cache so the
 * load reaches pressure), its fake dcgm-exporter, a phased background load, Prometheus when it is on
 * PATH, Postgres for settings and snapshots (DATABASE_URL, else its own: demo/postgres.ts), and the
 * panel — all on 127.0.0.1. Prints what it started; Ctrl-C stops everything.
 */
import { createFakeBackend, startupSummary } from "@throtl/fake-backend";
import { parseDemoArgs } from "./demo/args.ts";
import { startBackgroundLoad, type BackgroundLoad } from "./demo/background-load.ts";
import { databaseUrlFromEnv, startDemoDatabase } from "./demo/database.ts";
import type { Child } from "./demo/children.ts";
import { startPanel } from "./demo/panel.ts";
import { findPrometheus, startDemoPrometheus } from "./demo/prometheus.ts";
import { freePort } from "./lib/free-port.ts";

const args = (() => {
  try {
    return parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`demo: error: ${(e as Error).message}`);
    process.exit(2);
  }
})();

/** 30 % of the H100 leaves ≈57k KV tokens: the long-context phase pushes it into pressure and preemption. */
const DEMO_ENGINE = { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", gpuMemoryUtilization: 0.3, maxModelLen: 16_384 } as const;

const children: Child[] = [];
let load: BackgroundLoad | undefined; // eslint-disable-line prefer-const -- assigned after start-up, read by stop()
let status: NodeJS.Timeout | undefined; // eslint-disable-line prefer-const -- as above
const backend = createFakeBackend({
  engine: DEMO_ENGINE,
  host: "127.0.0.1", port: args.port, dcgmPort: args.dcgmPort, seed: 1,
  flags: { model: DEMO_ENGINE.model, gpu: DEMO_ENGINE.gpu, "gpu-memory-utilization": DEMO_ENGINE.gpuMemoryUtilization, "max-model-len": DEMO_ENGINE.maxModelLen },
});
let stopping = false;
async function stop(reason: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[demo] ${reason}: stopping`);
  clearInterval(status);
  await load?.stop();
  await Promise.all(children.map((c) => c.stop()));
  await backend.close();
  process.exitCode = code !== 0 ? code : load && load.stats.sent > 0 && load.stats.ok === 0 ? 1 : 0;
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));

try {
  await backend.start();
} catch (e) {
  console.error(`demo: error: cannot start the fake backend on 127.0.0.1:${args.port}: ${(e as Error).message}` +
    (args.port !== 0 ? " (another one running? pass --port 0 for a free port)" : ""));
  await backend.close();
  process.exit(1);
}
for (const line of startupSummary(backend.config, { api: backend.url, dcgm: backend.dcgmUrl }, "vllm")) console.log(line);
const engine = new URL(backend.url).host;
const dcgm = new URL(backend.dcgmUrl!).host;

load = args.load
  ? startBackgroundLoad({
      url: backend.url, model: backend.config.servedModelName, maxInFlight: args.maxInFlight,
      onPhase: (p) => console.log(`[demo] load phase: ${p.name}` + (p.rate > 0 ? ` (${p.rate} req/s, ${p.promptTokens} prompt / ${p.outputTokens} output tokens)` : "") + ` for ${p.seconds} s`),
    })
  : undefined;
status = setInterval(() => {
  if (!load) return;
  const s = load.stats;
  console.log(`[demo] ${load.current().phase.name}: sent ${s.sent}, ok ${s.ok}, failed ${s.failed}, in flight ${s.inFlight}, skipped ${s.skipped}` +
    (s.lastError ? `; last error: ${s.lastError}` : ""));
}, 30_000);

let prometheusUrl: string | undefined;
let panelUrl: string | undefined;
let database: string | undefined;
try {
  const panel = `127.0.0.1:${args.panelPort === 0 ? await freePort() : args.panelPort}`;
  const binary = args.panel && !args.direct ? findPrometheus() : undefined;
  if (binary) {
    const prometheus = `127.0.0.1:${args.prometheusPort === 0 ? await freePort() : args.prometheusPort}`;
    const started = await startDemoPrometheus(binary, { engine, dcgm, panel, prometheus });
    children.push(started.child);
    prometheusUrl = `http://${prometheus}`;
  }
  let databaseUrl: string | undefined;
  if (args.panel && args.db) {
    try {
      const db = await startDemoDatabase({ pgDir: args.pgDir, log: console.log });
      if (db.child) children.push(db.child);
      databaseUrl = db.url;
      database = db.describe;
    } catch (e) {
      // The user's own DATABASE_URL failing is an error; the demo's Postgres failing only costs the stored features.
      if (databaseUrlFromEnv() !== undefined) throw new Error(`DATABASE_URL: ${(e as Error).message}`, { cause: e });
      console.warn(`[demo] warning: no database, settings are read-only and snapshots off: ${(e as Error).message}`);
      database = "none: the demo's Postgres did not start (see the warning above)";
    }
  }
  if (args.panel) {
    const env: Record<string, string> = prometheusUrl
      ? { PROMETHEUS_URL: prometheusUrl }
      : { THROTL_TARGETS: engine, THROTL_DCGM_TARGETS: `${dcgm}=${engine}` };
    if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
    children.push(await startPanel(panel, { ...env, THROTL_DEFAULT_RANGE: "15m", THROTL_DEFAULT_REFRESH: "5s" }, console.log));
    panelUrl = `http://${panel}`;
  }
} catch (e) {
  console.error(`demo: error: ${(e as Error).message}`);
  await stop("start-up failed", 1);
}

if (!stopping) {
  console.log("");
  console.log("Throtl demo is running (all on 127.0.0.1):");
  if (panelUrl) console.log(`  Throtl panel                  ${panelUrl}   (${prometheusUrl ? "reads Prometheus" : "direct mode: scrapes the endpoints itself"})`);
  if (prometheusUrl) console.log(`  Prometheus                    ${prometheusUrl}   (prometheus/prometheus.local.yml, generated rules)`);
  if (database) console.log(`  Postgres (stored data)        ${database}`);
  console.log(`  simulated vLLM (OpenAI API)   ${backend.url}/v1`);
  console.log(`  vLLM /metrics                 ${backend.url}/metrics`);
  console.log(`  fake dcgm-exporter /metrics   ${backend.dcgmUrl}/metrics`);
  console.log(`  background load               ${load ? `phased cycle, at most ${args.maxInFlight} requests in flight` : "off (--no-load)"}`);
  console.log("Press Ctrl-C to stop.");
  if (args.durationSeconds !== undefined) setTimeout(() => void stop(`${args.durationSeconds} s elapsed`), args.durationSeconds * 1000);
}

/**
 * `npm run demo`: the fake vLLM server (simulated Llama-3.1-8B on an H100, a small KV cache so the
 * load reaches pressure), its fake dcgm-exporter, and a phased background load, all on 127.0.0.1.
 * Prints what it started; Ctrl-C stops everything. `--duration S` stops by itself (smoke tests).
 */
import { createFakeBackend, startupSummary } from "@throtl/fake-backend";
import { startBackgroundLoad } from "./demo/background-load.ts";
import { parseDemoArgs } from "./demo/args.ts";

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

const backend = createFakeBackend({
  engine: DEMO_ENGINE,
  host: "127.0.0.1", port: args.port, dcgmPort: args.dcgmPort, seed: 1,
  flags: { model: DEMO_ENGINE.model, gpu: DEMO_ENGINE.gpu, "gpu-memory-utilization": DEMO_ENGINE.gpuMemoryUtilization, "max-model-len": DEMO_ENGINE.maxModelLen },
});
try {
  await backend.start();
} catch (e) {
  console.error(`demo: error: cannot start the fake backend on 127.0.0.1:${args.port}: ${(e as Error).message}` +
    (args.port !== 0 ? " (another one running? pass --port 0 for a free port)" : ""));
  await backend.close();
  process.exit(1);
}
for (const line of startupSummary(backend.config, { api: backend.url, dcgm: backend.dcgmUrl }, "vllm")) console.log(line);

const load = args.load
  ? startBackgroundLoad({
      url: backend.url, model: backend.config.servedModelName, maxInFlight: args.maxInFlight,
      onPhase: (p) => console.log(`[demo] load phase: ${p.name}` + (p.rate > 0 ? ` (${p.rate} req/s, ${p.promptTokens} prompt / ${p.outputTokens} output tokens)` : "") + ` for ${p.seconds} s`),
    })
  : undefined;

console.log("");
console.log("Throtl demo is running (all on 127.0.0.1):");
console.log(`  simulated vLLM (OpenAI API)   ${backend.url}/v1`);
console.log(`  vLLM /metrics                 ${backend.url}/metrics`);
console.log(`  fake dcgm-exporter /metrics   ${backend.dcgmUrl}/metrics`);
console.log(`  background load               ${load ? `phased cycle, at most ${args.maxInFlight} requests in flight` : "off (--no-load)"}`);
console.log("Press Ctrl-C to stop.");

const status = setInterval(() => {
  if (!load) return;
  const s = load.stats;
  console.log(`[demo] ${load.current().phase.name}: sent ${s.sent}, ok ${s.ok}, failed ${s.failed}, in flight ${s.inFlight}, skipped ${s.skipped}` +
    (s.lastError ? `; last error: ${s.lastError}` : ""));
}, 15_000);

let stopping = false;
async function stop(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[demo] ${reason}: stopping`);
  clearInterval(status);
  await load?.stop();
  await backend.close();
  process.exitCode = load && load.stats.sent > 0 && load.stats.ok === 0 ? 1 : 0;
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
if (args.durationSeconds !== undefined) setTimeout(() => void stop(`${args.durationSeconds} s elapsed`), args.durationSeconds * 1000);

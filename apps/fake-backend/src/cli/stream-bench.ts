import { spawn } from "node:child_process";
import { connect } from "node:net";
import { parseArgs } from "node:util";
import { z } from "zod";

/**
 * Streamed tokens/s of the fake backend: starts it pinned to CPU 0 (`taskset`), keeps N streaming
 * /v1/completions open from this process (pinned to CPU 1) in a closed loop and counts SSE chunks.
 * Usage: tsx apps/fake-backend/src/cli/stream-bench.ts [--streams 4096] [--seconds 10] [--max-tokens 256]
 *   [-- server flags...]   (default server: qwen2.5-0.5b-instruct on h100-sxm, max-num-seqs 1024, dp 4)
 */
const { values, positionals } = parseArgs({
  options: { streams: { type: "string" }, seconds: { type: "string" }, "max-tokens": { type: "string" }, url: { type: "string" } },
  allowPositionals: true,
});
const opts = z.object({
  streams: z.coerce.number().int().min(1).default(4096),
  seconds: z.coerce.number().min(1).default(10),
  "max-tokens": z.coerce.number().int().min(1).default(256),
  url: z.url().optional(),
}).parse(values);
const serverFlags = positionals.length > 0 ? positionals
  : ["--model", "qwen2.5-0.5b-instruct", "--gpu", "h100-sxm", "--max-num-seqs", "1024", "--data-parallel-size", "4"];

const server = opts.url ? undefined : spawn("taskset", ["-c", "0", "node_modules/.bin/tsx", "apps/fake-backend/src/main.ts", "--port", "0", ...serverFlags], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = opts.url ?? await new Promise<string>((resolve, reject) => {
  if (!server) return;
  let out = "";
  server.stdout.on("data", (d: Buffer) => {
    out += d.toString();
    const m = /API server on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
  server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
const { hostname, port } = new URL(url);
const body = JSON.stringify({ prompt: "Benchmark the fake backend with a short prompt", max_tokens: opts["max-tokens"], ignore_eos: true, stream: true });
const requestBytes = Buffer.from(
  `POST /v1/completions HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
);
const EVENT = Buffer.from("data: {");
const END = Buffer.from("data: [DONE]");

// Raw keep-alive sockets: Node's HTTP client would cost more CPU than the server under test.
let chunks = 0;
let streamsDone = 0;
let running = true;
function openConnection(): void {
  const sock = connect({ host: hostname, port: Number(port) });
  let tail = "";
  sock.setNoDelay(true);
  sock.on("connect", () => sock.write(requestBytes));
  sock.on("data", (buf: Buffer) => {
    // Patterns cut between reads are caught by re-scanning the previous read's last bytes.
    const scan = tail ? Buffer.concat([Buffer.from(tail, "latin1"), buf]) : buf;
    for (let i = scan.indexOf(EVENT); i >= 0; i = scan.indexOf(EVENT, i + EVENT.length)) if (i + EVENT.length > tail.length) chunks++;
    if (scan.indexOf(END, Math.max(0, tail.length - END.length + 1)) >= 0) {
      streamsDone++;
      if (running) sock.write(requestBytes);
    }
    tail = scan.subarray(Math.max(0, scan.length - 16)).toString("latin1");
  });
  sock.on("error", () => {});
}
for (let i = 0; i < opts.streams; i++) openConnection();

// Skip the ramp-up (all streams prefill at once), then measure.
await new Promise((r) => setTimeout(r, 2000));
const c0 = chunks;
const t0 = performance.now();
const cpu0 = await serverCpuSeconds();
await new Promise((r) => setTimeout(r, opts.seconds * 1000));
const dt = (performance.now() - t0) / 1000;
const tokens = chunks - c0;
const cpu = (await serverCpuSeconds()) - cpu0;
const truth = await (await fetch(`${url}/throtl/records?limit=1`)).json() as { now: number; counters: { generationTokens: number; steps: number } };
running = false;
console.log(JSON.stringify({
  streams: opts.streams, seconds: Number(dt.toFixed(2)), streamedTokensPerSecond: Math.round(tokens / dt),
  serverCpuUtilisation: Number((cpu / dt).toFixed(2)), streamsCompleted: streamsDone, serverFlags,
  simulatedTokensTotal: truth.counters.generationTokens, virtualNow: Number(truth.now.toFixed(2)), steps: truth.counters.steps,
}));
server?.kill("SIGTERM");

/** utime + stime of the server's node process (tsx runs it as a child of the taskset'd launcher). */
async function serverCpuSeconds(): Promise<number> {
  if (!server) return Number.NaN;
  const { readFile, readdir } = await import("node:fs/promises");
  let total = 0;
  const pids = new Set<number>([server.pid!]);
  for (const p of await readdir("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    const stat = await readFile(`/proc/${p}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (pids.has(Number(fields[1]))) pids.add(Number(p));
  }
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(f[11] ?? 0) + Number(f[12] ?? 0)) / 100;
  }
  return total;
}

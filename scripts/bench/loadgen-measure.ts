import { buildPlan, HttpClient, loadTrace, runLoad, summarizeRun, type RunSpec } from "@throtl/loadgen";
import { BUNDLED_TRACES } from "@throtl/workload";
import autocannon from "autocannon";

export interface RequestRate {
  readonly loadgen: number;
  readonly autocannon: number;
  readonly connections: number;
  readonly seconds: number;
  readonly loadgenErrors: number;
  readonly autocannonErrors: number;
}

export interface StreamRate {
  readonly tokensPerSecond: number;
  /** The client's CPU time over wall time: near 1 means the client, not the server, was the limit. */
  readonly clientCpu: number;
  readonly streams: number;
}

export interface TraceLateness {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly failed: number;
  readonly seconds: number;
}

const spec = (url: string, model: string, over: Partial<RunSpec>): RunSpec => ({
  version: 1, target: { url, endpoint: "completions", model, stream: true },
  workload: { kind: "concurrency", concurrency: 1, lengths: { kind: "fixed", promptTokens: 4, outputTokens: 1 }, stop: { seconds: 1 } },
  request: { promptFormat: "tokens", temperature: 0, ignoreEos: true }, seed: 0, timeoutSeconds: 60, slo: { percentile: 95 }, ...over,
});

async function closedLoop(s: RunSpec): Promise<{ completed: number; failed: number; seconds: number; cpu: number }> {
  const client = new HttpClient({ baseUrl: s.target.url, timeoutMs: s.timeoutSeconds * 1000 });
  const cpu0 = process.cpuUsage();
  const out = await runLoad({ spec: s, plan: buildPlan(s), sender: client });
  const cpu = process.cpuUsage(cpu0);
  client.close();
  const sum = summarizeRun(out.results, out.durationSeconds);
  return { completed: sum.requests.completed, failed: sum.requests.failed, seconds: out.durationSeconds, cpu: (cpu.user + cpu.system) / 1e6 / out.durationSeconds };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Non-streaming requests (4 prompt tokens, max_tokens 1) on `connections` keep-alive connections, by
 * the load generator's closed loop and by autocannon, same body, `rounds` times in alternating order
 * (whichever runs second after the other gets a warmer server); the median round of each is reported.
 */
export async function measureRequestRate(url: string, model: string, connections: number, seconds: number, rounds = 4): Promise<RequestRate> {
  const workload = (s: number): RunSpec["workload"] => ({ kind: "concurrency", concurrency: connections, lengths: { kind: "fixed", promptTokens: 4, outputTokens: 1 }, stop: { seconds: s } });
  const s = spec(url, model, { target: { url, endpoint: "completions", model, stream: false }, workload: workload(seconds) });
  await closedLoop({ ...s, workload: workload(1) }); // warm-up: JIT, connections
  const body = JSON.stringify({ model, prompt: [1, 2, 3, 4], max_tokens: 1, temperature: 0, ignore_eos: true, stream: false });
  const lg: number[] = [];
  const ac: number[] = [];
  let lgErrors = 0;
  let acErrors = 0;
  const ours = async () => {
    const r = await closedLoop(s);
    lg.push(r.completed / r.seconds);
    lgErrors += r.failed;
  };
  const theirs = async () => {
    const a = await autocannon({ url: `${url}/v1/completions`, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration: seconds });
    ac.push(a["2xx"] / a.duration);
    acErrors += a.errors + a.non2xx + a.timeouts;
  };
  for (let i = 0; i < rounds; i++) {
    for (const run of i % 2 === 0 ? [ours, theirs] : [theirs, ours]) await run();
  }
  return { loadgen: median(lg), autocannon: median(ac), connections, seconds, loadgenErrors: lgErrors, autocannonErrors: acErrors };
}

/** `streams` closed-loop streams of 2,000 tokens each from the blast server for `seconds`. */
export async function measureStreamRate(url: string, streams: number, seconds: number): Promise<StreamRate> {
  const s = spec(url, "blast", { workload: { kind: "concurrency", concurrency: streams, lengths: { kind: "fixed", promptTokens: 4, outputTokens: 2000 }, stop: { seconds } } });
  const client = new HttpClient({ baseUrl: url, timeoutMs: 60_000 });
  let tokens = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await runLoad({ spec: s, plan: buildPlan(s), sender: client, hooks: { onTokens: (n) => (tokens += n) } });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  client.close();
  return { tokensPerSecond: tokens / wall, clientCpu: (cpu.user + cpu.system) / 1e6 / wall, streams };
}

/** The first 2,000 rows of the Azure conv trace at speedup 20, streamed: how late each send was. */
export async function measureTraceLateness(url: string, model: string): Promise<TraceLateness> {
  const w = { kind: "trace" as const, file: BUNDLED_TRACES.conv, speedup: 20, limit: 2000 };
  const { trace, sha256 } = loadTrace(w);
  const s = spec(url, model, { workload: { ...w, sha256 } });
  const client = new HttpClient({ baseUrl: url, timeoutMs: 60_000 });
  const out = await runLoad({ spec: s, plan: buildPlan(s, trace), sender: client });
  client.close();
  const sum = summarizeRun(out.results, out.durationSeconds);
  return { p50Ms: sum.lateness.p50 * 1000, p99Ms: sum.lateness.p99 * 1000, requests: sum.requests.sent, failed: sum.requests.failed, seconds: out.durationSeconds };
}

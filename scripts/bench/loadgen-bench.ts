import { spawn } from "node:child_process";
import { startFakeServer, freePort } from "./fake-server.ts";
import { measureRequestRate, measureStreamRate, measureTraceLateness, type RequestRate, type StreamRate, type TraceLateness } from "./loadgen-measure.ts";
import { CPUS, TASKSET, childPids, normalPriority, pinnedCommand, pinProcess, realtime } from "./pin.ts";

export interface LoadgenBench {
  readonly placement: string;
  readonly requestRate: RequestRate | string;
  readonly lateness: TraceLateness | string;
  /** How the trace replay ran: with or without real-time priority, and why not. */
  readonly latenessPriority: string;
  readonly stream: StreamRate | string;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The load generator's own limits, each server alone on the first CPU and this process on the second:
 * request rate against the fake backend next to autocannon's, trace-replay lateness, and streamed
 * tokens/s from the blast server (which outruns any simulated GPU). The trace replay runs at real-time
 * priority where allowed (root): on a shared machine other jobs otherwise decide its p99.
 */
export async function benchLoadgen(): Promise<LoadgenBench> {
  const serverCpu = TASKSET ? CPUS[0] : undefined;
  const pinned = CPUS.length > 1 && pinProcess(process.pid, CPUS[1]);
  const placement = serverCpu === undefined ? "unpinned (no taskset)" : `server on CPU ${serverCpu}, client ${pinned ? `on CPU ${CPUS[1]}` : "unpinned"}`;
  let requestRate: RequestRate | string;
  let lateness: TraceLateness | string;
  let latenessPriority = "normal priority";
  const fake = await startFakeServer(serverCpu);
  if (typeof fake === "string") {
    requestRate = lateness = fake;
  } else {
    try {
      requestRate = await measureRequestRate(fake.url, fake.model, 64, 4).catch(reason);
      const servers = childPids(fake.pid);
      const client = realtime(process.pid);
      const server = servers.length > 0 && servers.every(realtime);
      latenessPriority = client && server ? "real-time priority (SCHED_FIFO) for client and server"
        : `${client ? "real-time priority for the client only" : "normal priority"} (chrt missing or refused: other jobs share the CPUs)`;
      try {
        lateness = await measureTraceLateness(fake.url, fake.model).catch(reason);
      } finally {
        for (const pid of [process.pid, ...servers]) normalPriority(pid);
      }
    } finally {
      await fake.stop();
    }
  }
  const stream = await withBlastServer(serverCpu, (url) => measureStreamRate(url, 256, 10)).catch(reason);
  return { placement, requestRate, lateness, latenessPriority, stream };
}

async function withBlastServer<T>(cpu: number | undefined, f: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const [cmd, args] = pinnedCommand(cpu, "node_modules/.bin/tsx", ["scripts/bench/loadgen-blast-server.ts", String(port)]);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "inherit"], detached: true });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => { if (d.toString().includes("blast server on")) resolve(); });
      child.once("exit", (code) => reject(new Error(`blast server exited with ${code}`)));
    });
    return await f(`http://127.0.0.1:${port}`);
  } finally {
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* gone */ }
  }
}

import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

/** `taskset` from util-linux, when present: pinning makes "per core" numbers mean one core. */
export const TASKSET = spawnSync("taskset", ["-V"], { encoding: "utf8" }).status === 0 ? "taskset" : undefined;

/**
 * The CPUs this process may run on (its affinity list, e.g. "0-3,6"), read once at start-up before
 * any pinning; without taskset, 0 .. availableParallelism - 1.
 */
export const CPUS: readonly number[] = (() => {
  const fallback = Array.from({ length: availableParallelism() }, (_, i) => i);
  if (!TASKSET) return fallback;
  const out = spawnSync(TASKSET, ["-cp", String(process.pid)], { encoding: "utf8" }).stdout ?? "";
  const list = /list:\s*([\d,-]+)/.exec(out)?.[1];
  if (!list) return fallback;
  return list.split(",").flatMap((part) => {
    const [a, b] = part.split("-").map(Number);
    return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
  });
})();

/** Pins every thread of `pid` (GC and libuv helpers included) to `cpu`; false when it cannot. */
export function pinProcess(pid: number, cpu: number | undefined): boolean {
  if (!TASKSET || cpu === undefined) return false;
  return spawnSync(TASKSET, ["-a", "-cp", String(cpu), String(pid)], { stdio: "ignore" }).status === 0;
}

/** The command line that runs `cmd` on `cpu` only (unchanged without taskset or cpu). */
export function pinnedCommand(cpu: number | undefined, cmd: string, args: readonly string[]): [string, string[]] {
  return TASKSET && cpu !== undefined ? [TASKSET, ["-c", String(cpu), cmd, ...args]] : [cmd, [...args]];
}

/** `chrt` from util-linux, when present: real-time priority keeps other jobs off a timing measurement. */
const CHRT = spawnSync("chrt", ["--version"], { stdio: "ignore" }).status === 0 ? "chrt" : undefined;

/**
 * SCHED_FIFO for every thread of `pid`, its main thread one level above the others (needs root or
 * CAP_SYS_NICE; false when refused). Not all at one level: FIFO never preempts an equal, so a V8 GC
 * or compiler thread would hold the CPU the event loop wakes on (measured: timers 5–25 ms late).
 * Keep it short: the kernel leaves other tasks only 5 % of a CPU that real-time threads keep busy.
 */
export function realtime(pid: number): boolean {
  if (!CHRT) return false;
  const run = (args: string[]) => spawnSync(CHRT, [...args, String(pid)], { stdio: "ignore" }).status === 0;
  return run(["-a", "-f", "-p", "49"]) && run(["-f", "-p", "50"]);
}

/** Every thread of `pid` back to the normal scheduler. */
export function normalPriority(pid: number): void {
  if (CHRT) spawnSync(CHRT, ["-a", "-o", "-p", "0", String(pid)], { stdio: "ignore" });
}

/**
 * The processes `pid` started (tsx runs the script in a child node process: that one serves). The
 * wrapper itself must stay off real-time priority: under SCHED_FIFO it spun at 90 % of the server's CPU.
 */
export function childPids(pid: number): number[] {
  const out = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout ?? "";
  return out.split("\n").filter((l) => /^\d+$/.test(l)).map(Number);
}

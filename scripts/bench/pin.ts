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

// CPU time of processes from /proc (Linux): on two cores shared with other work, wall times swing
// with the neighbours, while the CPU a load costs the panel and Prometheus does not.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Pids whose process group is `pgid` (a detached child and everything it started). */
export function groupPids(pgid: number): number[] {
  return allPids().filter((pid) => stat(pid)?.pgrp === pgid);
}

/** Pids whose command line contains `text`. */
export function pidsByCmdline(text: string): number[] {
  return allPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
    } catch {
      return false;
    }
  });
}

/** User + system CPU of `pids` so far, in ms (10 ms resolution); 0 for a pid that is gone. */
export function cpuMs(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (stat(pid)?.cpuMs ?? 0), 0);
}

function allPids(): number[] {
  try {
    return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
}

function stat(pid: number): { pgrp: number; cpuMs: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: split after its closing one.
    const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pgrp: Number(f[2]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

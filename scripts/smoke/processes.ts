// Child processes of a smoke: each logs to its own file, all are stopped by their own PID at the end.
import { type ChildProcess, execFile, spawn, type SpawnOptions } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface Managed {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
}

export class Processes {
  private readonly all: Managed[] = [];
  constructor(private readonly logDir: string) {}

  /** Starts `cmd args` with stdout and stderr in <logDir>/<name>.log; its own process group. */
  start(name: string, cmd: string, args: readonly string[], options: SpawnOptions = {}): Managed {
    const logFile = `${this.logDir}/${name}.log`;
    const fd = openSync(logFile, "a");
    const child = spawn(cmd, args, { ...options, stdio: ["ignore", fd, fd], detached: true });
    closeSync(fd);
    const m = { name, child, logFile };
    this.all.push(m);
    return m;
  }

  /** Exit code of a one-shot process (null: killed by a signal). */
  static exited(m: Managed): Promise<number | null> {
    if (m.child.exitCode !== null) return Promise.resolve(m.child.exitCode);
    return new Promise((resolve) => m.child.once("exit", (code) => resolve(code)));
  }

  /** SIGTERM to each process group (ours only, by PID), SIGKILL after `graceMs`, newest first. */
  async stopAll(graceMs = 10_000): Promise<void> {
    for (const m of [...this.all].reverse()) {
      if (m.child.exitCode !== null || m.child.signalCode !== null || m.child.pid === undefined) continue;
      const done = Processes.exited(m);
      try { process.kill(-m.child.pid, "SIGTERM"); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-m.child.pid!, "SIGKILL"); } catch { /* gone */ } }, graceMs);
      await done;
      clearTimeout(timer);
    }
  }

  /** The last lines of a process's log, for failure messages. */
  tail(m: Managed, lines = 20): string {
    try { return readFileSync(m.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n"); } catch { return ""; }
  }
}

/** Runs a command to completion; resolves with its exit code and output. */
export function run(cmd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, [...args], { env: options.env, cwd: options.cwd, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 1) : 0;
      resolve({ code, out: `${stdout}${stderr}` });
    });
  });
}

/** Polls `check` every `everyMs` until it is true or `timeoutMs` passes. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** True when nothing listens on 127.0.0.1:`port`. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

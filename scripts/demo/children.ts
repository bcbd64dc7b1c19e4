import { spawn, type ChildProcess } from "node:child_process";

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** Last lines of its output, for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

/** Starts `cmd` in its own process group (so stop() reaches grandchildren such as next's workers). */
export function spawnChild(name: string, cmd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}, cwd?: string): Child {
  const child = spawn(cmd, [...args], { stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, ...env }, cwd });
  let output = "";
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-4000); };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("error", (e) => keep(Buffer.from(`\n${e.message}\n`)));
  return {
    name, process: child,
    tail: () => output.trim().split("\n").slice(-5).join("\n"),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      const signal = (s: NodeJS.Signals) => { try { process.kill(-child.pid!, s); } catch { /* already gone */ } };
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Resolves when GET `url` answers 2xx; rejects if the child exits first or after `timeoutMs`. */
export async function waitHttp(child: Child, url: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.process.exitCode ?? child.process.signalCode}):\n${child.tail()}`);
    }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${child.name}: no answer on ${url} within ${Math.round(timeoutMs / 1000)} s:\n${child.tail()}`);
}

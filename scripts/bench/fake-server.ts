import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "../lib/free-port.ts";
import { pinnedCommand } from "./pin.ts";

export { freePort };

export interface FakeServer {
  readonly url: string;
  /** The served model name, from GET /v1/models. */
  readonly model: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export const FAKE_ENTRY = "apps/fake-backend/src/main.ts";
export const FAKE_FLAGS: readonly string[] = ["--model", "qwen2.5-0.5b-instruct", "--gpu", "h100-sxm", "--max-num-seqs", "1024"];


/**
 * Starts the fake vLLM server as a child on `cpu` and waits for GET /health (vLLM's readiness probe).
 * Resolves to a reason string instead when it cannot: no entry file, early exit, or no answer in time.
 */
export async function startFakeServer(cpu: number | undefined, extraFlags: readonly string[] = [], timeoutMs = 30_000): Promise<FakeServer | string> {
  if (!existsSync(FAKE_ENTRY)) return `${FAKE_ENTRY} does not exist`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [cmd, args] = pinnedCommand(cpu, "node_modules/.bin/tsx", [FAKE_ENTRY, ...FAKE_FLAGS, ...extraFlags, "--host", "127.0.0.1", "--port", String(port)]);
  // Own process group, so stop() reaches tsx's child node process too.
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (d: Buffer) => { output = (output + d.toString()).slice(-2000); };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited: string | undefined;
  child.once("exit", (code, signal) => { exited = `exited with ${signal ?? code}`; });
  child.once("error", (e) => { exited = e.message; });
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (exited) return `${cmd} ${args.join(" ")} ${exited}: ${output.trim().split("\n").slice(-3).join(" | ")}`;
    if (performance.now() > deadline) {
      await stop(child);
      return `no answer on ${url}/health within ${timeoutMs / 1000} s`;
    }
    const model = await probe(url);
    if (model) return { url, model, pid: child.pid!, stop: () => stop(child) };
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first served model once /health answers 200; undefined while not ready. */
async function probe(url: string): Promise<string | undefined> {
  try {
    if (!(await fetch(`${url}/health`)).ok) return undefined;
    const models = (await (await fetch(`${url}/v1/models`)).json()) as { data?: { id?: unknown }[] };
    const id = models.data?.[0]?.id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (s: NodeJS.Signals) => { try { process.kill(-child.pid!, s); } catch { /* already gone */ } };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 3000);
  await gone;
  clearTimeout(timer);
}

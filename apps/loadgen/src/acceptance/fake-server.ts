import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createFakeBackend, type FakeBackend, type FakeBackendOptions } from "@throtl/fake-backend";

/** The fake vLLM in this process on a free 127.0.0.1 port (approximate tokenizer: no vocabulary load). */
export async function startFake(engine: FakeBackendOptions["engine"]): Promise<FakeBackend> {
  const fake = createFakeBackend({ engine, port: 0, host: "127.0.0.1", tokenizer: "approx" });
  await fake.start();
  return fake;
}

// What `npm run fake` runs; spawned by path because the package exports a library, not a bin.
const FAKE_MAIN = fileURLToPath(new URL("../../../fake-backend/src/main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../../node_modules/.bin/tsx", import.meta.url));

export interface SpawnedFake {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The fake vLLM as its own process (`npm run fake` flags), so its CPU does not delay this process's
 * timers; resolves once it prints its address. Port 0 is not a `vllm serve` value, so a free one is probed.
 */
export async function spawnFake(flags: readonly string[], port: number): Promise<SpawnedFake> {
  const child = spawn(TSX, [FAKE_MAIN, ...flags, "--host", "127.0.0.1", "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fake backend did not start in 30 s: ${log}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /Starting vLLM API server on (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`fake backend exited with ${code}: ${log}`)); });
  });
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid!, "SIGTERM");
    }),
  };
}

/** A port nobody listens on right now (the OS picks it; a small race with other processes). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve, reject) => srv.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as { port: number };
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

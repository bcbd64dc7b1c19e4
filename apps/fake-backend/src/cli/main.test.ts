import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

/** Runs the CLI with a 30 s cap; returns its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("npm run fake (main.ts)", () => {
  it.each([
    [["--no-such-flag"], "unrecognized arguments: --no-such-flag"],
    [["--max-num-seqs", "0"], "argument --max-num-seqs:"],
    [["--gpu-memory-utilization", "2"], "argument --gpu-memory-utilization:"],
    [["--model", "llama-3.1-8b-instruct", "--tensor-parallel-size", "3"], "argument --tensor-parallel-size: Total number of attention heads (32)"],
    [["--model", "llama-3.1-70b-instruct", "--gpu", "l4"], "argument --gpu-memory-utilization: No available memory for the cache blocks"],
  ])("exits 2 on %j with one line naming the flag", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it("serves on a free port, prints the KV cache summary and the URL, and exits 0 on SIGTERM", async () => {
    const child = spawn(TSX, [MAIN, "--port", "0", "--max-model-len", "4096"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /API server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect(out).toMatch(/GPU KV cache size: [\d,]+ tokens/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.removeAllListeners("exit");
      child.on("exit", resolve);
      child.kill("SIGTERM");
    });
    clearTimeout(timer);
    expect(code).toBe(0);
  });
});

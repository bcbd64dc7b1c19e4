import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_TRACES } from "../bundled.ts";
import { readTrace } from "../read-trace.ts";
import { runSimulateCli } from "./simulate-cli.ts";

function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  let clock = 0;
  const code = runSimulateCli(argv, { readTrace, now: () => (clock += 0.5), out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "simulate-cli-"));
const small = join(dir, "small.csv");
writeFileSync(small, "TIMESTAMP,ContextTokens,GeneratedTokens\r\n2023-11-16 18:15:46.0000000,100,10\r\n2023-11-16 18:15:46.5000000,200,20\r\n2023-11-16 18:15:47.0000000,300,1");

describe("npm run simulate", () => {
  it("prints the table with every latency row and the SLO line", () => {
    const r = cli("--trace", small, "--slo-ttft", "1", "--slo-itl", "0.1");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Trace +.*small\.csv \(azure, 3 requests, speedup 1\)/);
    for (const row of ["TTFT", "ITL", "TPOT", "E2E", "Queue"]) expect(r.stdout).toMatch(new RegExp(`^${row} +\\d`, "m"));
    expect(r.stdout).toContain("ITL from every token gap");
    expect(r.stdout).toMatch(/SLO +TTFT <= 1 s, ITL <= 0.1 s: 3 of 3 met \(100\.0 %\)/);
  });

  it("prints config, memory plan and summary as JSON with --json (NaN as null)", () => {
    const doc = JSON.parse(cli("--trace", small, "--json", "--model", "qwen2.5-0.5b-instruct").stdout);
    expect(doc.config).toMatchObject({ model: "qwen2.5-0.5b-instruct", gpu: "h100-sxm", maxNumSeqs: 1024 });
    expect(doc.memoryPlan.numGpuBlocks).toBeGreaterThan(0);
    expect(doc.summary.requests).toEqual({ total: 3, completed: 3, aborted: 0, rejected: 0 });
    expect(doc.summary.outputTokens).toBe(31);
    expect(doc.run).toMatchObject({ wallSeconds: 0.5, tokenTimes: true });
  });

  it("replays the bundled conv trace to the end: 19,366 requests, all completed", () => {
    const doc = JSON.parse(cli("--trace", BUNDLED_TRACES.conv, "--json").stdout);
    expect(doc.summary.requests.completed).toBe(19366);
    expect([doc.summary.inputTokens, doc.summary.outputTokens]).toEqual([22361870, 4088665]); // awk sums of the CSV columns
  });

  it("exits 2 with vLLM's message for a config vLLM refuses", () => {
    const r = cli("--trace", small, "--model", "llama-3.1-70b-instruct", "--gpu", "l4");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^simulate: error: argument --gpu-memory-utilization: No available memory for the cache blocks/);
  });

  it("exits 2 naming a bad flag, 1 naming the file and line of a bad trace", () => {
    expect(cli("--trace", small, "--speedup", "-1")).toMatchObject({ code: 2, stderr: expect.stringContaining("argument --speedup") });
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46,1,x\n");
    expect(cli("--trace", bad)).toMatchObject({ code: 1, stderr: `simulate: error: ${bad}:2: GeneratedTokens must be an integer >= 0: "2023-11-16 18:15:46,1,x"\n` });
    expect(cli("--trace", join(dir, "missing.csv"))).toMatchObject({ code: 1, stderr: expect.stringContaining("cannot read trace") });
  });

  it("sets the process exit code through main.ts", () => {
    const tsx = new URL("../../../../node_modules/.bin/tsx", import.meta.url).pathname;
    const r = spawnSync(tsx, [new URL("./main.ts", import.meta.url).pathname, "--trace", small, "--max-num-seqs", "0"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("argument --max-num-seqs");
  });
});

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultsFile } from "../report/results-file.ts";
import { startScriptedServer, type ScriptedServer } from "./scripted-server.ts";

const BIN = fileURLToPath(new URL("../../bin/throtl-load.js", import.meta.url));

describe("SIGINT (the throtl-load bin, spawned)", () => {
  let server: ScriptedServer;
  // Every request hangs: whatever is in flight at the signal has to be cancelled.
  beforeAll(async () => { server = await startScriptedServer(() => "hang"); });
  afterAll(() => server.close());

  it("stops sending, writes the partial report and exits 130", async () => {
    const prefix = join(mkdtempSync(join(tmpdir(), "throtl-load-")), "partial");
    const child = spawn(process.execPath, [BIN, "--url", server.url, "--rate", "20", "--requests", "10000", "--no-tui", "--out", prefix], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // Interrupt once a progress line shows requests sent.
    await new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (/"type":"progress"[^\n]*"sent":[1-9]/.test(out)) resolve();
    }));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(err).toMatch(/^throtl-load: interrupted after \d+ requests; partial results written\n$/);
    const file = JSON.parse(readFileSync(`${prefix}.json`, "utf8")) as ResultsFile;
    expect(file.interrupted).toBe(true);
    const req = file.summary!.requests;
    expect(req.sent).toBeGreaterThan(0);
    expect(req.sent).toBeLessThan(10_000);
    expect(req).toMatchObject({ cancelled: req.sent, failed: 0 });
    expect(readFileSync(`${prefix}.csv`, "utf8").trim().split("\n")).toHaveLength(req.sent + 1);
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultsFile } from "../report/results-file.ts";
import { cli } from "./cli-harness.ts";
import { startScriptedServer, type Behaviour, type ScriptedServer } from "./scripted-server.ts";

const SCRIPT: Behaviour[] = ["ok", "http500", "break", "malformed", "no-finish", "hang", "ok", "ok"];

describe("a misbehaving server: every failure counted and reported, the run completes", () => {
  let server: ScriptedServer;
  beforeAll(async () => { server = await startScriptedServer((n) => SCRIPT[n % SCRIPT.length]!); });
  afterAll(() => server.close());

  it("counts HTTP errors, broken and malformed streams and timeouts by kind, with their messages", async () => {
    const r = await cli(["--url", server.url, "--concurrency", "8", "--requests", "8", "--timeout", "1s", "--no-tui"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(`${r.prefix}.json`, "utf8")) as ResultsFile;
    const req = file.summary!.requests;
    expect(req).toMatchObject({ sent: 8, completed: 3, failed: 5, errors: { http: 1, stream: 3, timeout: 1, connect: 0, aborted: 0 } });
    const messages = req.topErrors.map((e) => e.message).join("\n");
    expect(messages).toContain("HTTP 500: engine crashed");
    expect(messages).toMatch(/stream broken after 2 chunks: connection closed mid-response/);
    expect(messages).toContain("malformed SSE data: {not json");
    expect(messages).toContain("stream ended without finish_reason or [DONE] after 2 chunks");
    expect(messages).toMatch(/no complete response within 1 s \(2 chunks read\)|no complete response within 1 s \(no response yet\)/);
    const csv = readFileSync(`${r.prefix}.csv`, "utf8").trim().split("\n");
    expect(csv).toHaveLength(9);
    expect(csv.filter((l) => l.includes(",http,")).length).toBe(1);
    // The summary line on stdout (--no-tui) is JSON with the same counts.
    const last = JSON.parse(r.out.trim().split("\n").at(-1)!) as { type: string; summary: { requests: { failed: number } } };
    expect(last).toMatchObject({ type: "summary", summary: { requests: { failed: 5 } } });
  });

  it("exits 1 when an SLO is given and missed (the error rate here)", async () => {
    const r = await cli(["--url", server.url, "--concurrency", "8", "--requests", "8", "--timeout", "1s", "--slo-errors", "0.1%", "--no-tui"]);
    expect(r.code).toBe(1);
  });
});

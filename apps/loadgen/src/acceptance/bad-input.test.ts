import { writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./cli-harness.ts";
import { freePort } from "./fake-server.ts";
import { startScriptedServer, type ScriptedServer } from "./scripted-server.ts";

const file = (name: string, text: string) => {
  const p = join(tmpdir(), `throtl-load-${process.pid}-${name}`);
  writeFileSync(p, text);
  return p;
};

describe("bad input is refused before anything is sent", () => {
  let server: ScriptedServer;
  beforeAll(async () => { server = await startScriptedServer(() => "ok"); });
  afterAll(() => server.close());

  it("names the file and line of a malformed CSV row (exit 2) and sends nothing, not even the model query", async () => {
    const trace = file("bad-row.csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374,44\n2023-11-16 18:15:50.9951690,lots,109\n");
    const r = await cli(["--url", server.url, "--trace", trace]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${trace}:3: ContextTokens must be an integer >= 0`);
    expect(server.requests).toBe(0);
  });

  it("lists the expected columns when the header is unknown (exit 2)", async () => {
    const trace = file("bad-header.csv", "time,prompt,output\n1,2,3\n");
    const r = await cli(["--url", server.url, "--trace", trace]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown header "time,prompt,output"; expected azure columns "TIMESTAMP,ContextTokens,GeneratedTokens" or burstgpt columns');
    expect(server.requests).toBe(0);
  });

  it("refuses a bad flag with usage and the flag's name (exit 2)", async () => {
    const r = await cli(["--url", server.url, "--rate", "fast"]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain("throtl-load: error: argument --rate: expected a number > 0, got 'fast'");
  });
});

describe("an endpoint that cannot be used fails fast with the reason (exit 1)", () => {
  let silent: Server;
  let silentPort: number;
  const held = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers: the timeout, not the OS, has to end the wait.
    silent = createServer((s) => { held.add(s); });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => {
    for (const s of held) s.destroy();
    silent.close(() => resolve());
  }));

  it("reports a refused connection at once", async () => {
    const port = await freePort();
    const r = await cli(["--url", `http://127.0.0.1:${port}`, "--requests", "3"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot reach http://127.0.0.1:${port}/v1/models: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(r.ms).toBeLessThan(5000);
  });

  it("gives up on a server that never answers within --timeout", async () => {
    const r = await cli(["--url", `http://127.0.0.1:${silentPort}`, "--timeout", "1s"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot reach http://127.0.0.1:${silentPort}/v1/models: no answer within 1 s`);
    expect(r.ms).toBeLessThan(3000);
  });
});

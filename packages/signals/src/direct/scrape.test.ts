import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scrapeTargets, type ScrapeOutcome } from "./scrape.ts";
import { ScrapeStore } from "./store.ts";

const GOOD = '# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{engine="0",model_name="m"} 3.0\n';
let server: Server;
let port: number;
const accepts: string[] = [];
/** Requests the server holds open right now, and the most it held at once. */
let open = 0;
let maxOpen = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    accepts.push(req.headers.accept ?? "");
    open++;
    maxOpen = Math.max(maxOpen, open);
    res.on("close", () => open--);
    const send = (status: number, body: string | Buffer) => { res.writeHead(status, { "content-type": "text/plain; version=0.0.4" }); res.end(body); };
    switch (req.url) {
      case "/good": return send(200, GOOD);
      case "/malformed": return send(200, `${GOOD}vllm:num_requests_waiting{model_name="m} 1\n`);
      case "/binary": return send(200, Buffer.from([0x66, 0x20, 0x31, 0x0a, 0xff, 0xfe, 0x00, 0x81]));
      case "/status": return send(503, "overloaded");
      case "/slow": return void setTimeout(() => send(200, GOOD), 2_000).unref();
      case "/slow-body":
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("a 1\n");
        return void setTimeout(() => res.end("b 2\n"), 2_000).unref();
      case "/huge-declared": return send(200, "x 1\n".repeat(1000));
      case "/huge-chunked":
        res.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 100; i++) res.write("x 1\n".repeat(100));
        return void res.end();
      default: return send(404, "no");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

/** A port that refuses connections: bound, then released. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const p = (s.address() as AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return p;
}

const byPath = (outcomes: ScrapeOutcome[]) => Object.fromEntries(outcomes.map((o) => [o.target.path ?? o.target.address, o.record]));

describe("scrapeTargets over HTTP on 127.0.0.1", () => {
  it("scrapes good, malformed, binary, failing, slow, oversize and dead targets at once; each bad one reports why", async () => {
    const paths = ["/good", "/malformed", "/binary", "/status", "/slow", "/slow-body", "/huge-declared", "/huge-chunked"];
    const dead = await deadPort();
    const targets = [...paths.map((path) => ({ address: `127.0.0.1:${port}`, path })), { address: `127.0.0.1:${dead}` }];
    const r = byPath(await scrapeTargets(targets, { fetch, timeoutMs: 400, maxBytes: 2_000, now: () => 1_000 }));
    // Concurrent, not one after another: the two slow targets were held open together (no clock involved).
    expect(maxOpen).toBeGreaterThanOrEqual(2);

    expect(r["/good"]).toEqual({ t: 1_000, ok: true, samples: [expect.objectContaining({ name: "vllm:num_requests_running", value: 3 })] });
    expect(r["/malformed"]).toMatchObject({ ok: false, error: { kind: "parse", error: { line: 3, reason: expect.stringMatching(/unterminated value of label "model_name"/) } } });
    expect(r["/binary"]).toMatchObject({ ok: false, error: { kind: "parse", error: { line: 2, column: 1, reason: expect.stringMatching(/UTF-8/) } } });
    expect(r["/status"]).toMatchObject({ ok: false, error: { kind: "http_status", status: 503 } });
    expect(r["/slow"]).toMatchObject({ ok: false, error: { kind: "timeout", timeoutMs: 400 } });
    expect(r["/slow-body"]).toMatchObject({ ok: false, error: { kind: "timeout" } });
    expect(r["/huge-declared"]).toMatchObject({ ok: false, error: { kind: "too_large", limitBytes: 2_000 } });
    expect(r["/huge-chunked"]).toMatchObject({ ok: false, error: { kind: "too_large" } });
    expect(r[`127.0.0.1:${dead}`]).toMatchObject({ ok: false, error: { kind: "unreachable", message: expect.stringMatching(/ECONNREFUSED/) } });
    expect(accepts.every((a) => a.startsWith("text/plain;version=0.0.4"))).toBe(true);
  });

  it("records each outcome in the store: up with samples, or down with its error", async () => {
    const store = new ScrapeStore();
    const targets = [{ address: `127.0.0.1:${port}`, path: "/good" }, { address: `127.0.0.1:${port}`, path: "/status", instance: "engine-b" }];
    for (const o of await scrapeTargets(targets, { fetch, timeoutMs: 1_000 })) store.record(o.target, o.record);
    expect(store.health().map((h) => [h.url, h.instance, h.up, h.error?.kind])).toEqual([
      [`http://127.0.0.1:${port}/good`, `127.0.0.1:${port}`, true, undefined],
      [`http://127.0.0.1:${port}/status`, "engine-b", false, "http_status"],
    ]);
  });

  it("turns a fetch that throws or rejects into an unreachable record, and one that never settles into a timeout", async () => {
    const throwing = () => { throw new Error("boom"); };
    const rejecting = () => Promise.reject("not even an Error");
    const hanging = () => new Promise<Response>(() => undefined); // ignores the abort signal
    const [a, b, c] = await Promise.all([
      scrapeTargets([{ address: "127.0.0.1:1" }], { fetch: throwing }),
      scrapeTargets([{ address: "127.0.0.1:1" }], { fetch: rejecting }),
      scrapeTargets([{ address: "127.0.0.1:1" }], { fetch: hanging, timeoutMs: 50 }),
    ]);
    expect(a[0]!.record).toMatchObject({ ok: false, error: { kind: "unreachable", message: "boom" } });
    expect(b[0]!.record).toMatchObject({ ok: false, error: { kind: "unreachable", message: "not even an Error" } });
    expect(c[0]!.record).toMatchObject({ ok: false, error: { kind: "timeout", timeoutMs: 50 } });
  });
});

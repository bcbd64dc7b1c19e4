// What a real Prometheus cannot be made to do on demand: fail DNS, sit behind a proxy that answers
// HTML, send a malformed body, stall after accepting a connection. Every test here is a "(mock)".
import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { createPromClient } from "./client.ts";
import { PromBadResponseError, PromUnreachableError } from "./errors.ts";
import type { FetchFn } from "./transport.ts";

const answering = (body: string, status = 200): FetchFn => async () => new Response(body, { status });
const client = (fetch: FetchFn, baseUrl = "http://prom.test:9090") => createPromClient({ baseUrl, timeoutMs: 1000, fetch });

describe("client (mock)", () => {
  it("(mock) sends the documented parameters under a route prefix", async () => {
    const urls: string[] = [];
    const fetch: FetchFn = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ status: "success", data: { resultType: "matrix", result: [] } }));
    };
    const c = client(fetch, "http://prom.test:9090/prometheus");
    await c.queryRange("rate(x[5m])", { start: 1_700_000_000_000, end: new Date(1_700_000_060_500), step: 15_000 }, { timeoutMs: 2500 });
    const url = new URL(urls[0]!);
    expect(url.pathname).toBe("/prometheus/api/v1/query_range");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: "rate(x[5m])",
      start: "1700000000",
      end: "1700000060.500",
      step: "15",
      timeout: "2.500",
    });
  });

  it("(mock) DNS failure is PromUnreachableError with reason dns", async () => {
    const fetch: FetchFn = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND prom.test"), { code: "ENOTFOUND" }) });
    };
    const err = await client(fetch).query("up").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PromUnreachableError);
    expect((err as Error).message).toBe(
      "Prometheus unreachable at http://prom.test:9090/api/v1/query: host name did not resolve (ENOTFOUND); timeout 1000 ms",
    );
  });

  it("(mock) a proxy's HTML error page is PromBadResponseError on field body, naming the endpoint", async () => {
    const err = await client(answering("<html><body><h1>502 Bad Gateway</h1></body></html>", 502)).query("up").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PromBadResponseError);
    expect(err).toMatchObject({ kind: "bad-response", field: "body", httpStatus: 502, endpoint: "GET http://prom.test:9090/api/v1/query" });
    expect((err as Error).message).toMatch(/^Unexpected Prometheus response from GET http:\/\/prom.test:9090\/api\/v1\/query \(HTTP 502\): body: not JSON/);
  });

  it("(mock) a schema mismatch names the field", async () => {
    const body = JSON.stringify({ status: "success", data: { resultType: "vector", result: [{ metric: {}, value: [1, 3] }] } });
    await expect(client(answering(body)).query("up")).rejects.toMatchObject({ kind: "bad-response", field: "data.result[0].value[1]" });
    const garbage = JSON.stringify({ status: "success", data: { resultType: "scalar", result: [1, "12abc"] } });
    await expect(client(answering(garbage)).query("up")).rejects.toThrow(/data\.result\[1\]: not a sample value: "12abc"/);
  });

  it("(mock) a range query answered with a vector is a bad response on data.resultType", async () => {
    const body = JSON.stringify({ status: "success", data: { resultType: "vector", result: [] } });
    await expect(client(answering(body)).queryRange("up", { start: 0, end: 1000, step: 1000 })).rejects.toMatchObject({
      kind: "bad-response",
      field: "data.resultType",
    });
  });

  it("(mock) ready() is false while Prometheus is starting (503)", async () => {
    expect(await client(answering("Service Unavailable", 503)).ready()).toBe(false);
    expect(await client(answering("Prometheus Server is Ready.\n")).ready()).toBe(true);
    await expect(client(answering("", 404)).ready()).rejects.toMatchObject({ kind: "bad-response", field: "status", httpStatus: 404 });
  });

  it("(mock) the caller's abort is passed through, not turned into unreachable", async () => {
    const fetch: FetchFn = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const controller = new AbortController();
    const pending = client(fetch).query("up", undefined, { signal: controller.signal });
    controller.abort(new Error("user navigated away"));
    await expect(pending).rejects.toThrow("user navigated away");
  });

  it("(mock) a server that accepts and never answers is PromUnreachableError (timeout) at the deadline", async () => {
    const sockets: Socket[] = [];
    const server = createServer((s) => sockets.push(s)); // real TCP on 127.0.0.1, never writes a byte
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const stalled = createPromClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 });
      const t0 = Date.now();
      const err = await stalled.query("up").catch((e: unknown) => e);
      const elapsed = Date.now() - t0;
      expect(err).toMatchObject({ kind: "unreachable", reason: "timeout", timeoutMs: 300 });
      expect((err as Error).message).toBe(`Prometheus unreachable at http://127.0.0.1:${port}/api/v1/query: no response within the 300 ms timeout`);
      expect(elapsed).toBeGreaterThanOrEqual(290); // not before the deadline (timers never fire early)
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

});

describe("createPromClient options", () => {
  it("rejects a base URL that is not http(s) and a non-positive timeout", () => {
    expect(() => createPromClient({ baseUrl: "ftp://x", timeoutMs: 1000 })).toThrow(/must be http\(s\)/);
    expect(() => createPromClient({ baseUrl: "http://x", timeoutMs: 0 })).toThrow(/timeoutMs must be a positive/);
  });
});

import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createPromClient } from "@throtl/prom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uncompressedFetch } from "./uncompressed-fetch.ts";

// A plain HTTP server stands in for Prometheus' API (it only has to show the request headers).
let seen: IncomingHttpHeaders[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "success", data: { resultType: "vector", result: [] } }));
});
let base = "";
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => {
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  resolve();
})));
afterAll(() => new Promise<void>((resolve) => {
  server.close(() => resolve());
  server.closeAllConnections();
}));

describe("uncompressedFetch (stand-in server, not Prometheus)", () => {
  it("asks for identity instead of fetch's default gzip, keeping the client's other headers", async () => {
    seen = [];
    await fetch(`${base}/api/v1/query?query=up`);
    expect(seen[0]!["accept-encoding"]).toMatch(/gzip/);
    const client = createPromClient({ baseUrl: base, timeoutMs: 5000, fetch: uncompressedFetch() });
    const res = await client.query("up");
    expect(res.data.resultType).toBe("vector");
    expect(seen[1]!["accept-encoding"]).toBe("identity");
    expect(seen[1]!.accept).toBe("application/json");
  });
});

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

type FetchHandler = Parameters<typeof serve>[0]["fetch"];

/** Serve `fetch` on host:port (0 picks a free port); resolves with the server and the bound port. */
export function listen(fetch: FetchHandler, host: string, port: number): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

/** Stop accepting, drop keep-alive and streaming connections, resolve once closed. */
export function shutdown(server: Server | undefined): Promise<void> {
  if (!server?.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** URL form of a host, with IPv6 literals bracketed. */
export function urlFor(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

// A tiny /metrics endpoint on 127.0.0.1 for Prometheus to scrape in tests: `render` is called per
// scrape, so counters can advance and gauges change between scrapes.
import { createServer } from "node:http";

export interface MetricsServer {
  /** "http://127.0.0.1:<port>/metrics" */
  readonly url: string;
  /** "127.0.0.1:<port>", the form a scrape config's `targets` wants. */
  readonly target: string;
  /** Scrapes served so far. */
  scrapes(): number;
  close(): Promise<void>;
}

/** Serves `render()` in the Prometheus text exposition format at `path` (default /metrics). */
export function startMetricsServer(render: () => string | Promise<string>, options: { path?: string } = {}): Promise<MetricsServer> {
  const path = options.path ?? "/metrics";
  let scrapes = 0;
  const server = createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== path) {
      res.writeHead(404).end("not found\n");
      return;
    }
    scrapes++;
    Promise.resolve()
      .then(render)
      .then(
        (body) => res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" }).end(body),
        (err: unknown) => res.writeHead(500).end(`render failed: ${String(err)}\n`),
      );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (typeof address !== "object" || !address) return reject(new Error("metrics server has no address"));
      const target = `127.0.0.1:${address.port}`;
      resolve({
        url: `http://${target}${path}`,
        target,
        scrapes: () => scrapes,
        // Prometheus keeps scrape connections alive; close() alone would wait for them forever.
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

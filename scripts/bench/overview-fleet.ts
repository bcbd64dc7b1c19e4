// 256 simulated vLLM instances in one process: one port each (so each is its own scrape target and
// `instance` differs), serving the body of a real fake vLLM at GET /metrics and of its fake DCGM
// exporter at GET /dcgm, as functions of time (overview-exposition.ts). 256 fake backends, each with
// a simulated engine, would not fit on two cores; what Prometheus stores and the panel asks is the same.
import { createServer, type Server } from "node:http";
import { type Exposition, renderAt } from "./overview-exposition.ts";

export interface Fleet {
  /** "127.0.0.1:port" of each instance. */
  readonly addresses: readonly string[];
  /** Pace of instance i's cumulative series relative to the template (0.5 … 1.5). */
  readonly scales: readonly number[];
  close(): Promise<void>;
}

/** Spreads the instances' load so per-instance rates differ (a fleet is never uniform). */
export const fleetScale = (i: number) => 0.5 + (i % 17) / 16;

export async function startFleet(count: number, engine: Exposition, dcgm: Exposition): Promise<Fleet> {
  const servers: Server[] = [];
  const addresses: string[] = [];
  const scales = Array.from({ length: count }, (_, i) => fleetScale(i));
  try {
    for (let i = 0; i < count; i++) {
      const scale = scales[i]!;
      const server = createServer((req, res) => {
        const body = req.url === "/metrics" ? renderAt(engine, Date.now(), scale) : req.url === "/dcgm" ? renderAt(dcgm, Date.now(), scale) : undefined;
        if (body === undefined) res.writeHead(404).end("not found\n");
        else res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" }).end(body);
      });
      servers.push(server);
      // Port 0: the kernel picks a free one, with no window for another process to take it.
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
      });
      const a = server.address();
      if (typeof a !== "object" || !a) throw new Error("fleet server has no address");
      addresses.push(`127.0.0.1:${a.port}`);
    }
  } catch (e) {
    await closeAll(servers);
    throw e;
  }
  return { addresses, scales, close: () => closeAll(servers) };
}

function closeAll(servers: readonly Server[]): Promise<void> {
  return Promise.all(servers.map((s) => new Promise<void>((done) => {
    s.close(() => done());
    s.closeAllConnections(); // Prometheus keeps scrape connections alive
  }))).then(() => undefined);
}

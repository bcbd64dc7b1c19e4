// "The same queries" as the panel: a recording proxy in front of Prometheus sees every request one
// panel load sends (PromQL as rendered, times, the targets call), in order, with when each started
// and ended. Replaying them straight to Prometheus gives the raw time to compare with.
import { createServer } from "node:http";

export interface CapturedRequest {
  readonly method: "GET" | "POST";
  /** "/api/v1/query", "/api/v1/query_range", "/api/v1/targets", … */
  readonly path: string;
  readonly params: readonly (readonly [string, string])[];
  /** The panel's Accept-Encoding (whether Prometheus gzips the answer is part of the work). */
  readonly acceptEncoding?: string;
  readonly startMs: number;
  readonly endMs: number;
}

export interface Capture {
  readonly requests: readonly CapturedRequest[];
  /**
   * The loader's waves: requests sent before any answer came back depend on nothing (discovery); the
   * rest wait for them. Wave 2's concurrency is the most requests the panel had in flight at once.
   */
  readonly waves: readonly { readonly requests: readonly CapturedRequest[]; readonly concurrency: number }[];
}

export interface RecordingProxy {
  readonly url: string;
  /** Starts a fresh recording; `stop()` returns what arrived since. */
  record(): { stop(): Capture };
  close(): Promise<void>;
}

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  let log: CapturedRequest[] | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const startMs = performance.now();
      const url = new URL(req.url ?? "/", "http://proxy");
      const body = Buffer.concat(chunks).toString();
      const method = req.method === "POST" ? "POST" : "GET";
      const params = [...(method === "POST" ? new URLSearchParams(body) : url.searchParams)];
      const accept = req.headers["accept-encoding"];
      const r0 = { method, path: url.pathname, params, ...(accept ? { acceptEncoding: accept } : {}) } as const;
      void send(upstream, r0).then(async (r) => {
        const text = await r.text();
        log?.push({ ...r0, startMs, endMs: performance.now() });
        res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(text);
      }, (e: unknown) => res.writeHead(502).end(String(e)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const a = server.address();
  if (typeof a !== "object" || !a) throw new Error("proxy has no address");
  return {
    url: `http://127.0.0.1:${a.port}`,
    record() {
      const mine: CapturedRequest[] = [];
      log = mine;
      return { stop: () => ((log = undefined), toCapture(mine)) };
    },
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

export function toCapture(requests: readonly CapturedRequest[]): Capture {
  const sorted = [...requests].sort((a, b) => a.startMs - b.startMs);
  const firstAnswer = Math.min(...sorted.map((r) => r.endMs));
  const first = sorted.filter((r) => r.startMs < firstAnswer);
  const rest = sorted.filter((r) => r.startMs >= firstAnswer);
  const waves = [{ requests: first, concurrency: first.length }];
  if (rest.length > 0) waves.push({ requests: rest, concurrency: peakInFlight(rest) });
  return { requests: sorted, waves };
}

/** The most requests in flight at one moment. */
export function peakInFlight(requests: readonly CapturedRequest[]): number {
  const events = requests.flatMap((r) => [[r.startMs, 1], [r.endMs, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0, peak = 0;
  for (const [, d] of events) peak = Math.max(peak, (now += d));
  return peak;
}

/** The request as the panel sent it, with its times moved by `shiftMs` (to ask about "now" again). */
export function send(base: string, r: Pick<CapturedRequest, "method" | "path" | "params" | "acceptEncoding">, shiftMs = 0): Promise<Response> {
  const params = r.params.map(([k, v]): [string, string] => [k, shiftMs !== 0 && (k === "time" || k === "start" || k === "end") ? ((Number(v) * 1000 + shiftMs) / 1000).toFixed(3) : v]);
  const form = new URLSearchParams(params).toString();
  const url = `${base}${r.path}`;
  const headers: Record<string, string> = { accept: "application/json", ...(r.acceptEncoding ? { "accept-encoding": r.acceptEncoding } : {}) };
  return r.method === "POST"
    ? fetch(url, { method: "POST", body: form, headers: { ...headers, "content-type": "application/x-www-form-urlencoded" } })
    : fetch(form ? `${url}?${form}` : url, { headers });
}

/**
 * The captured load straight to Prometheus: each wave after the last, at the panel's concurrency;
 * bodies read in full. Resolves to the number of answers that were not 200 (the panel shows those as
 * tile errors, so they are counted, not thrown).
 */
export async function replay(base: string, capture: Capture, shiftMs: number): Promise<number> {
  let failed = 0;
  for (const wave of capture.waves) {
    await mapLimit(wave.requests, wave.concurrency, async (r) => {
      const res = await send(base, r, shiftMs);
      await res.text();
      if (!res.ok) failed++;
    });
  }
  return failed;
}

/** The slowest captured request, for the report: where Prometheus' time goes. */
export function slowest(capture: Capture): string {
  const r = [...capture.requests].sort((a, b) => (b.endMs - b.startMs) - (a.endMs - a.startMs))[0];
  if (!r) return "no requests";
  const q = r.params.find(([k]) => k === "query")?.[1] ?? r.path;
  return `slowest ${(r.endMs - r.startMs).toFixed(0)} ms: ${q.length > 70 ? `${q.slice(0, 70)}…` : q}`;
}

async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

// Direct mode's IO: GET http://<target>/metrics for every engine and DCGM target, with a deadline.
// Kept apart from evaluation so tests pass a fake fetch and the evaluator stays pure.

export interface Scrape {
  readonly target: string;
  readonly role: "engine" | "dcgm";
  readonly atMs: number;
  /** The exposition text, or why there is none. */
  readonly result: { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
}

export interface ScraperOptions {
  readonly engines: readonly string[];
  readonly dcgm: readonly string[];
  readonly timeoutMs: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => number;
}

export type ScrapeAll = () => Promise<Scrape[]>;

export function createScraper(o: ScraperOptions): ScrapeAll {
  const fetchFn = o.fetch ?? globalThis.fetch;
  const now = o.now ?? Date.now;
  const one = async (target: string, role: Scrape["role"]): Promise<Scrape> => {
    const atMs = now();
    try {
      const res = await fetchFn(`http://${target}/metrics`, { signal: AbortSignal.timeout(o.timeoutMs), headers: { accept: "text/plain" } });
      if (!res.ok) return { target, role, atMs, result: { ok: false, error: `HTTP ${res.status} from http://${target}/metrics` } };
      return { target, role, atMs, result: { ok: true, text: await res.text() } };
    } catch (e) {
      const why = e instanceof Error && e.name === "TimeoutError" ? `no answer within ${o.timeoutMs} ms` : e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      return { target, role, atMs, result: { ok: false, error: `http://${target}/metrics: ${why}` } };
    }
  };
  return () => Promise.all([...o.engines.map((t) => one(t, "engine")), ...o.dcgm.map((t) => one(t, "dcgm"))]);
}

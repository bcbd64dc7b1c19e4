export interface ScrapeTarget {
  /** host:port to fetch, e.g. "127.0.0.1:8000". */
  readonly address: string;
  /** The `instance` label of its series; defaults to address (a DCGM exporter takes its engine's). */
  readonly instance?: string;
  /** Defaults to "/metrics". */
  readonly path?: string;
}

/** What is fetched, and the target's identity in the store. */
export const targetUrl = (t: ScrapeTarget) => `http://${t.address}${t.path ?? "/metrics"}`;

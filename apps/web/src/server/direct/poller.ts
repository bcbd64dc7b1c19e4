// Direct mode's IO: scrapes every target on an interval (rates need history from before the first
// page view) and on demand when the newest scrape is older than the interval.
import { ScrapeStore, scrapeTargets, type ScrapeTarget, type SeriesSource, targetUrl } from "@throtl/signals/direct";

export interface EngineHealth {
  readonly address: string;
  readonly instance: string;
  readonly up: boolean;
  readonly lastScrapeMs: number;
  readonly error: string | null;
}

export interface PollerOptions {
  readonly engines: readonly ScrapeTarget[];
  readonly dcgm: readonly ScrapeTarget[];
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** History kept per target; the longest chart and the previous KPI window need it. */
  readonly retentionMs: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => number;
}

export interface Poller {
  /** The store after a scrape no older than the interval. */
  fresh(): Promise<SeriesSource>;
  /** Latest health of the engine targets (not the GPU exporters). */
  engineHealth(): EngineHealth[];
  /** Starts background scraping (idempotent; the timer does not keep the process alive). */
  start(): void;
  stop(): void;
}

export function createPoller(o: PollerOptions): Poller {
  const now = o.now ?? Date.now;
  const store = new ScrapeStore({ retentionMs: o.retentionMs, maxScrapesPerTarget: Math.ceil(o.retentionMs / o.intervalMs) + 2 });
  const targets = [...o.engines, ...o.dcgm];
  const engineByUrl = new Map(o.engines.map((t) => [targetUrl(t), t.address]));
  let inFlight: Promise<void> | undefined;
  let lastMs = -Infinity;
  let timer: ReturnType<typeof setInterval> | undefined;

  const scrape = (): Promise<void> => {
    inFlight ??= scrapeTargets(targets, { fetch: o.fetch ?? globalThis.fetch, timeoutMs: o.timeoutMs, now })
      .then((outcomes) => {
        for (const x of outcomes) store.record(x.target, x.record);
        lastMs = now();
      })
      .finally(() => { inFlight = undefined; });
    return inFlight;
  };

  return {
    async fresh() {
      if (now() - lastMs >= o.intervalMs) await scrape();
      return store;
    },
    engineHealth: () => store.health().flatMap((h) => {
      const address = engineByUrl.get(h.url);
      return address === undefined ? [] : [{ address, instance: h.instance, up: h.up, lastScrapeMs: h.lastScrapeMs, error: h.error?.message ?? null }];
    }),
    start() {
      if (timer) return;
      void scrape();
      timer = setInterval(() => void scrape(), o.intervalMs);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

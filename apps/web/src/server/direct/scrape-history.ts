// Rates need two points in time: direct mode keeps the recent scrapes of each target in memory,
// bounded by age, and scrapes again when the newest is older than the minimum interval.
import type { Scrape, ScrapeAll } from "./scraper.ts";

export interface ScrapeHistory {
  /** Scrapes newer than `sinceMs`, oldest first, after a fresh scrape if the last one is stale. */
  recent(sinceMs: number): Promise<readonly Scrape[][]>;
}

export interface HistoryOptions {
  readonly scrape: ScrapeAll;
  /** Scrapes closer together than this reuse the last one (page loads ask many questions at once). */
  readonly minIntervalMs: number;
  /** Older rounds are dropped. */
  readonly keepMs: number;
  readonly now?: () => number;
}

export function createScrapeHistory(o: HistoryOptions): ScrapeHistory {
  const now = o.now ?? Date.now;
  const rounds: { atMs: number; scrapes: Scrape[] }[] = [];
  let inFlight: Promise<void> | undefined;

  async function refresh(): Promise<void> {
    const last = rounds.at(-1);
    if (last && now() - last.atMs < o.minIntervalMs) return;
    inFlight ??= (async () => {
      try {
        const atMs = now();
        rounds.push({ atMs, scrapes: await o.scrape() });
        while (rounds.length > 0 && rounds[0]!.atMs < now() - o.keepMs) rounds.shift();
      } finally {
        inFlight = undefined;
      }
    })();
    await inFlight;
  }

  return {
    async recent(sinceMs) {
      await refresh();
      return rounds.filter((r) => r.atMs >= sinceMs).map((r) => r.scrapes);
    },
  };
}

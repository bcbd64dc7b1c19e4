// Direct mode's side of the test: scrape the same targets as Prometheus, on the same interval, into
// a ScrapeStore, the way the panel does without Prometheus. It also notes when each target answered
// (it rendered before), which the ground truth needs, as Prometheus' scrape_duration_seconds gives it.
import { ScrapeStore, scrapeTargets, targetUrl, type ScrapeTarget } from "../direct/index.ts";
import type { Scrape } from "./sampling.ts";

export interface DirectScraper {
  readonly store: ScrapeStore;
  /** The successful scrapes of a target with the moments their answers came, epoch seconds. */
  scrapes(target: ScrapeTarget): Scrape[];
  stop(): Promise<void>;
}

export function startDirectScraper(targets: readonly ScrapeTarget[], intervalMs: number): DirectScraper {
  const store = new ScrapeStore();
  const answered = new Map<string, { start: number; end: number }[]>();
  const timedFetch = async (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => {
    const start = Date.now();
    const res = await fetch(url, init);
    answered.set(url, [...(answered.get(url) ?? []), { start, end: Date.now() }]);
    return res;
  };
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    // Up to two intervals: a starved target answers late rather than not at all (scrapes may overlap).
    running = scrapeTargets(targets, { fetch: timedFetch, timeoutMs: 2 * intervalMs }).then((outcomes) => {
      for (const o of outcomes) store.record(o.target, o.record);
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    store,
    scrapes(target) {
      const url = targetUrl(target);
      const history = [...store.targets()].find((t) => t.url === url)?.scrapes ?? [];
      const times = answered.get(url) ?? [];
      return history.filter((s) => s.record.ok).map((s) => {
        // The scraper stamps t just before it calls fetch: the answer that started then is this scrape's.
        const a = times.reduce((best, x) => (Math.abs(x.start - s.t) < Math.abs(best.start - s.t) ? x : best), { start: Number.NEGATIVE_INFINITY, end: s.t });
        return { t: s.t / 1000, answered: a.end / 1000 };
      });
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

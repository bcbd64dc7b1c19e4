import type { Labels } from "./model.ts";
import type { Point } from "./rate.ts";
import type { SeriesSource, StoredScrape, StoredSeries } from "./store.ts";

export type Matcher = (labels: Labels) => boolean;

/** Prometheus' lookback: an instant selector sees a sample at most this old. */
export const LOOKBACK_MS = 5 * 60_000;

/**
 * Instant selector at `atMs`: each target's latest scrape in [atMs - 5 min, atMs] decides. Prometheus
 * writes a staleness marker when a series vanishes from a scrape or the scrape fails, so a series
 * missing from that scrape (or a failed scrape) has no value, even if an older scrape had one.
 */
export function instantVector(source: SeriesSource, name: string, match: Matcher, atMs: number): StoredSeries[] {
  const out: StoredSeries[] = [];
  for (const target of source.targets()) {
    const i = lastAtOrBefore(target.scrapes, atMs);
    const scrape = target.scrapes[i];
    if (!scrape || scrape.t < atMs - LOOKBACK_MS) continue;
    for (const s of scrape.byName.get(name) ?? []) if (match(s.labels)) out.push(s);
  }
  return out;
}

export interface RangeSeries {
  readonly labels: Labels;
  readonly points: Point[];
}

/** Range selector: every sample in [atMs - rangeMs, atMs] (both ends included, as in Prometheus 2.x). */
export function rangeVector(source: SeriesSource, name: string, match: Matcher, atMs: number, rangeMs: number): RangeSeries[] {
  const out = new Map<string, RangeSeries>();
  for (const target of source.targets()) {
    const last = lastAtOrBefore(target.scrapes, atMs);
    for (let i = last; i >= 0 && target.scrapes[i]!.t >= atMs - rangeMs; i--) {
      const scrape = target.scrapes[i]!;
      for (const s of scrape.byName.get(name) ?? []) {
        if (!match(s.labels)) continue;
        // Keyed by target too: an engine and its DCGM exporter share an instance label.
        const key = `${target.url}\u0000${s.key}`;
        let series = out.get(key);
        if (!series) out.set(key, (series = { labels: s.labels, points: [] }));
        series.points.push({ t: scrape.t, v: s.value });
      }
    }
  }
  for (const s of out.values()) s.points.reverse();
  return [...out.values()];
}

/** Index of the last scrape with t ≤ atMs, or -1. */
function lastAtOrBefore(scrapes: readonly StoredScrape[], atMs: number): number {
  let lo = 0;
  let hi = scrapes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (scrapes[mid]!.t <= atMs) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

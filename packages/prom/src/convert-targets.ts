// Wire /api/v1/targets data → typed targets: sentinels ("" for no error, Go's zero time for "never
// scraped") become null, so callers cannot mistake year 1 for a real scrape time.
import { PromBadResponseError } from "./errors.ts";
import type { ActiveTarget, TargetsData } from "./types.ts";
import type { WireTargetsData } from "./wire-schemas.ts";

function scrapeTimeMs(rfc3339: string, field: string): number | null {
  if (rfc3339.startsWith("0001-01-01")) return null;
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) throw new PromBadResponseError({ field, detail: `not an RFC 3339 time: ${JSON.stringify(rfc3339)}` });
  return ms;
}

export function convertTargets(wire: WireTargetsData): TargetsData {
  return {
    activeTargets: wire.activeTargets.map((t, i): ActiveTarget => {
      const lastScrapeMs = scrapeTimeMs(t.lastScrape, `data.activeTargets[${i}].lastScrape`);
      return {
        labels: t.labels,
        discoveredLabels: t.discoveredLabels,
        scrapePool: t.scrapePool,
        scrapeUrl: t.scrapeUrl,
        globalUrl: t.globalUrl,
        health: t.health,
        lastError: t.lastError === "" ? null : t.lastError,
        lastScrapeMs,
        lastScrapeDurationMs: lastScrapeMs === null ? null : t.lastScrapeDuration * 1000,
        scrapeInterval: t.scrapeInterval ?? null,
        scrapeTimeout: t.scrapeTimeout ?? null,
      };
    }),
    droppedTargets: wire.droppedTargets.map((t) => ({ discoveredLabels: t.discoveredLabels })),
  };
}

import type { TargetState, TargetsStatus } from "./data-source.ts";

/**
 * Health of the engines behind `instances`: up when any is up, the newest scrape of those up. A GPU
 * exporter carries its engine's instance but is scraped at another address; when both match, only
 * the target scraped at the instance's own address (the engine) counts.
 */
export function summarizeTargets(all: readonly TargetState[], instances: readonly string[]): TargetsStatus {
  if (instances.length === 0) return { up: null, lastScrapeMs: null, targets: all };
  const matching = all.filter((t) => instances.includes(t.instance));
  const engines = matching.filter((t) => t.address === t.instance);
  const judged = engines.length > 0 ? engines : matching;
  if (judged.length === 0) return { up: null, lastScrapeMs: null, targets: all };
  const times = judged.filter((t) => t.up).map((t) => t.lastScrapeMs).filter((t): t is number => t !== null);
  return { up: judged.some((t) => t.up), lastScrapeMs: times.length === 0 ? null : Math.max(...times), targets: all };
}

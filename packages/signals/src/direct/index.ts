/**
 * Direct mode: the signal catalog evaluated in-process from scrapes of the backends' /metrics, for
 * users without Prometheus. It mirrors the PromQL renderPromQL writes (see docs/direct-mode.md):
 *
 *   const store = new ScrapeStore();                       // bounded history per target
 *   const outcomes = await scrapeTargets(
 *     [{ address: "127.0.0.1:8000" }, { address: "127.0.0.1:9400", instance: "127.0.0.1:8000" }],
 *     { fetch, timeoutMs: 5_000 });                         // never rejects; failures are records
 *   for (const o of outcomes) store.record(o.target, o.record);
 *   store.health();                                         // up/down and the error per target
 *   evaluateDirect(expr, { scope, modelLabel, windowSeconds: 60 }, store);   // → [{ labels, value }]
 *
 * parseExposition is the strict text-format parser: it never throws, it returns samples or a
 * ParseError with line, column and reason.
 */
export { parseExposition } from "./parse.ts";
export { parseGoFloat } from "./go-float.ts";
export { formatParseError, METRIC_TYPES, type Labels, type MetricType, type ParseError, type ParseResult, type Sample } from "./model.ts";
export {
  ScrapeStore, type ScrapeError, type ScrapeRecord, type SeriesSource, type StoreOptions, type StoredScrape, type StoredSeries,
  type TargetHealth, type TargetHistory,
} from "./store.ts";
export { scrapeTargets, DEFAULT_MAX_BYTES, type FetchLike, type ScrapeOptions, type ScrapeOutcome } from "./scrape.ts";
export { targetUrl, type ScrapeTarget } from "./target.ts";
export { evaluateDirect, evaluateIncrease, DirectEvalError, type DirectContext } from "./evaluate.ts";
export type { DirectSample } from "./vector.ts";
export { labelsKey } from "./series.ts";
export { counterIncrease, counterRate, type Point } from "./rate.ts";
export { bucketQuantile, type Bucket } from "./quantile.ts";
export { LOOKBACK_MS } from "./select.ts";
export { instantVector, type Matcher } from "./select.ts";

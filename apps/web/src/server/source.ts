// The process's one data source, chosen by the environment: Prometheus when PROMETHEUS_URL is set,
// else direct scraping. Kept on globalThis so dev-mode module reloads do not drop the scrape history.
import { createPromClient } from "@throtl/prom";
import type { ParamName } from "@throtl/signals";
import { type Env, getEnv } from "../env.ts";
import type { DataSource } from "./data-source.ts";
import { createDirectSource, pendingEvaluator } from "./direct/direct-source.ts";
import { createScrapeHistory } from "./direct/scrape-history.ts";
import { createScraper } from "./direct/scraper.ts";
import { panelMetrics } from "./panel-metrics.ts";
import { createPrometheusSource } from "./prometheus/prometheus-source.ts";

export function paramsOf(env: Env): Partial<Record<ParamName, number>> {
  const params: Partial<Record<ParamName, number>> = {};
  if (env.THROTL_GPU_HOURLY_USD !== undefined) params.gpu_hourly_usd = env.THROTL_GPU_HOURLY_USD;
  if (env.THROTL_GPU_COUNT !== undefined) params.gpu_count = env.THROTL_GPU_COUNT;
  return params;
}

export function createSource(env: Env): DataSource {
  if (env.PROMETHEUS_URL !== undefined) {
    const client = createPromClient({ baseUrl: env.PROMETHEUS_URL, timeoutMs: env.THROTL_QUERY_TIMEOUT_MS });
    const metrics = panelMetrics();
    return createPrometheusSource({ client, flavor: env.THROTL_FLAVOR, params: paramsOf(env), onQueryError: (kind) => metrics.queryErrors.inc({ mode: "prometheus", kind }) });
  }
  const scrape = createScraper({ engines: env.THROTL_TARGETS, dcgm: env.THROTL_DCGM_TARGETS, timeoutMs: env.THROTL_QUERY_TIMEOUT_MS });
  // Keep a day of rounds at most one per 5 s: the widest range; older rounds would never be read.
  const history = createScrapeHistory({ scrape, minIntervalMs: 5_000, keepMs: 24 * 3600_000 });
  return createDirectSource({ flavor: env.THROTL_FLAVOR, history, evaluator: pendingEvaluator(env.THROTL_FLAVOR), targets: env.THROTL_TARGETS });
}

const holder = globalThis as typeof globalThis & { __throtlSource?: DataSource };

export function getSource(): DataSource {
  holder.__throtlSource ??= createSource(getEnv());
  return holder.__throtlSource;
}

// The process's one data source, chosen by the environment: Prometheus when PROMETHEUS_URL is set,
// else direct scraping. Kept on globalThis so route bundles and dev-mode reloads share one (and one
// scrape history).
import { createPromClient } from "@throtl/prom";
import type { ParamName } from "@throtl/signals";
import { type Env, getEnv } from "../env.ts";
import type { DataSource } from "./data-source.ts";
import { createDirectSource } from "./direct/direct-source.ts";
import { createPoller, type Poller } from "./direct/poller.ts";
import { panelMetrics } from "./panel-metrics.ts";
import { createPrometheusSource } from "./prometheus/prometheus-source.ts";
import { uncompressedFetch } from "./prometheus/uncompressed-fetch.ts";

/** Direct mode scrapes every 5 s and keeps 30 min: the 5m and 15m ranges and their previous windows. */
const DIRECT_INTERVAL_MS = 5_000;
const DIRECT_RETENTION_MS = 30 * 60_000;

export function paramsOf(env: Env): Partial<Record<ParamName, number>> {
  const params: Partial<Record<ParamName, number>> = {};
  if (env.THROTL_GPU_HOURLY_USD !== undefined) params.gpu_hourly_usd = env.THROTL_GPU_HOURLY_USD;
  if (env.THROTL_GPU_COUNT !== undefined) params.gpu_count = env.THROTL_GPU_COUNT;
  return params;
}

/** Exporters without an explicit engine serve the engine at the same position in THROTL_TARGETS. */
export function dcgmTargets(env: Env): { address: string; instance?: string }[] {
  return env.THROTL_DCGM_TARGETS.map((d, i) => {
    const instance = d.instance ?? env.THROTL_TARGETS[i];
    return instance === undefined ? { address: d.address } : { address: d.address, instance };
  });
}

type Params = Partial<Record<ParamName, number>>;

interface Held {
  /** A source for these catalog params (Settings can change them); all share one client or poller. */
  readonly make: (params: Params) => DataSource;
  readonly sources: Map<string, DataSource>;
  readonly poller?: Poller;
}

function create(env: Env): Held {
  if (env.PROMETHEUS_URL !== undefined) {
    const client = createPromClient({ baseUrl: env.PROMETHEUS_URL, timeoutMs: env.THROTL_QUERY_TIMEOUT_MS, fetch: uncompressedFetch() });
    const metrics = panelMetrics();
    const make = (params: Params) => createPrometheusSource({ client, flavor: env.THROTL_FLAVOR, params, onQueryError: (kind) => metrics.queryErrors.inc({ mode: "prometheus", kind }) });
    return { make, sources: new Map() };
  }
  const poller = createPoller({
    engines: env.THROTL_TARGETS.map((address) => ({ address })), dcgm: dcgmTargets(env),
    intervalMs: DIRECT_INTERVAL_MS, timeoutMs: env.THROTL_QUERY_TIMEOUT_MS, retentionMs: DIRECT_RETENTION_MS,
  });
  const make = (params: Params) => createDirectSource({ flavor: env.THROTL_FLAVOR, params, poller, targets: env.THROTL_TARGETS });
  return { make, sources: new Map(), poller };
}

const holder = globalThis as typeof globalThis & { __throtlSource?: Held };

function held(): Held {
  holder.__throtlSource ??= create(getEnv());
  return holder.__throtlSource;
}

/** The source for `params` (default: the environment's); sources are cheap views over one client or poller. */
export function getSource(params: Params = paramsOf(getEnv())): DataSource {
  const { make, sources } = held();
  const key = JSON.stringify(params);
  let source = sources.get(key);
  if (!source) {
    if (sources.size >= 8) sources.clear(); // params change only when settings are saved
    source = make(params);
    sources.set(key, source);
  }
  return source;
}

/** Called at server start: direct mode begins scraping so rates have history by the first view. */
export function startBackgroundWork(): void {
  held().poller?.start();
}

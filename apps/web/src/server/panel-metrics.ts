// The panel's own /metrics (prom-client, a registry of its own): requests per route, loader latency,
// failed queries. One registry per process, kept on globalThis to survive dev-mode module reloads.
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

export interface PanelMetrics {
  readonly registry: Registry;
  readonly requests: Counter<"route">;
  readonly loaderSeconds: Histogram<"loader" | "mode" | "outcome">;
  readonly queryErrors: Counter<"mode" | "kind">;
}

function create(): PanelMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "throtl_web_" });
  return {
    registry,
    requests: new Counter({ name: "throtl_web_requests_total", help: "Page and API requests served, by route.", labelNames: ["route"], registers: [registry] }),
    loaderSeconds: new Histogram({
      name: "throtl_web_loader_duration_seconds", help: "Time to load one page's data, by loader, source mode and outcome.",
      labelNames: ["loader", "mode", "outcome"], buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
    }),
    queryErrors: new Counter({ name: "throtl_web_query_errors_total", help: "Queries that failed on their own (rejected PromQL, bad response), by kind.", labelNames: ["mode", "kind"], registers: [registry] }),
  };
}

const holder = globalThis as typeof globalThis & { __throtlPanelMetrics?: PanelMetrics };

export function panelMetrics(): PanelMetrics {
  holder.__throtlPanelMetrics ??= create();
  return holder.__throtlPanelMetrics;
}

// Test support for suites that need a real Prometheus: import from "@throtl/prom/testing".
export { freePort } from "./free-port.ts";
export { startMetricsServer, type MetricsServer } from "./metrics-server.ts";
export { renderPrometheusConfig, type PrometheusConfigOptions, type ScrapeTarget } from "./prometheus-config.ts";
export { DEFAULT_PROMETHEUS_BINARY, startPrometheus, type PrometheusProcess, type StartPrometheusOptions } from "./prometheus-process.ts";
export type { TargetWait } from "./wait-for-targets.ts";

// prometheus.yml for a test Prometheus. Written as JSON: JSON is valid YAML and Prometheus' YAML
// parser reads it, so no YAML library (and no YAML quoting bugs) is needed.

export interface ScrapeTarget {
  /** Becomes the `job` label. */
  readonly job: string;
  /** "host:port" entries, e.g. MetricsServer.target. */
  readonly targets: readonly string[];
  readonly metricsPath?: string;
  /** Prometheus duration, e.g. "500ms"; defaults to the global scrape interval. */
  readonly scrapeInterval?: string;
  /** Extra target labels. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface PrometheusConfigOptions {
  readonly scrapeTargets?: readonly ScrapeTarget[];
  /** Absolute paths of rule files (recording and alerting rules), read by Prometheus itself. */
  readonly ruleFiles?: readonly string[];
  /** Global scrape interval, a Prometheus duration; default "1s" so tests see data within seconds. */
  readonly scrapeInterval?: string;
  /** Rule evaluation interval; defaults to the scrape interval. */
  readonly evaluationInterval?: string;
}

export function renderPrometheusConfig(o: PrometheusConfigOptions): string {
  const interval = o.scrapeInterval ?? "1s";
  const config = {
    global: {
      scrape_interval: interval,
      // Prometheus refuses a timeout above the interval, and its default timeout is 10s.
      scrape_timeout: interval,
      evaluation_interval: o.evaluationInterval ?? interval,
    },
    rule_files: [...(o.ruleFiles ?? [])],
    scrape_configs: (o.scrapeTargets ?? []).map((t) => ({
      job_name: t.job,
      ...(t.scrapeInterval ? { scrape_interval: t.scrapeInterval, scrape_timeout: t.scrapeInterval } : {}),
      metrics_path: t.metricsPath ?? "/metrics",
      static_configs: [{ targets: [...t.targets], labels: { ...t.labels } }],
    })),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}


import { Hono } from "hono";
import { PROMETHEUS_TEXT_CONTENT_TYPE } from "../../metrics/types.ts";
import type { DcgmExporter } from "../../dcgm/types.ts";
import type { AppDeps, AppEnv } from "../app-deps.ts";

/** Liveness, version and the flavor's Prometheus exposition, as vLLM serves them. */
export function opsRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/health", (c) => c.body(null, 200));
  app.get("/version", (c) => c.json({ version: deps.info.version }));
  app.get("/metrics", (c) => c.body(deps.metrics.render(deps.now()), 200, { "content-type": PROMETHEUS_TEXT_CONTENT_TYPE }));
  return app;
}

/** The fake dcgm-exporter's own server (its real port is 9400): only /metrics. */
export function dcgmApp(exporter: DcgmExporter, now: () => number): Hono {
  const app = new Hono();
  app.get("/metrics", (c) => c.body(exporter.render(now()), 200, { "content-type": PROMETHEUS_TEXT_CONTENT_TYPE }));
  return app;
}

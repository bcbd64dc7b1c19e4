import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-deps.ts";
import { ApiError } from "../errors.ts";
import { formatIssues, recordsQuery } from "../schemas.ts";

/**
 * Ground truth for tests and the panel's what-if checks: the launch configuration (what a real
 * deployment exposes through its args and vllm:cache_config_info) and the finished-request records.
 */
export function controlRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/throtl/config", (c) => c.json({ ...deps.info, now: deps.now() }));
  app.get("/throtl/records", (c) => {
    const q = recordsQuery.safeParse(c.req.query());
    if (!q.success) throw new ApiError(400, formatIssues(q.error), null);
    const { cluster } = deps.generation.driver;
    return c.json({
      ...deps.truth.page(q.data.after, q.data.limit),
      now: deps.now(), running: cluster.numRunning, waiting: cluster.numWaiting,
    });
  });
  return app;
}

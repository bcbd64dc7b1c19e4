import { Hono } from "hono";
import type { AppDeps, AppEnv } from "./app-deps.ts";
import { ApiError, errorBody } from "./errors.ts";
import { controlRoutes } from "./routes/control-routes.ts";
import { openaiRoutes } from "./routes/openai-routes.ts";
import { opsRoutes } from "./routes/ops-routes.ts";

/** The whole HTTP surface; refusals are mapped to vLLM's error body here, once. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route("/", openaiRoutes(deps));
  app.route("/", opsRoutes(deps));
  app.route("/", controlRoutes(deps));
  // FastAPI's answers for unknown routes, which is what vLLM returns.
  app.notFound((c) => c.json({ detail: "Not Found" }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err.rejectKind) {
        deps.metrics.onRejected(err.rejectKind);
        deps.truth.onRejected(err.rejectKind);
      }
      return c.json(err.body, err.status);
    }
    console.error("fake-backend: unhandled error", err);
    return c.json(errorBody(500, err instanceof Error ? err.message : String(err)), 500);
  });
  return app;
}

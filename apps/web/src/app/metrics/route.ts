// The panel's own Prometheus metrics.
import { panelMetrics } from "../../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { registry, requests } = panelMetrics();
  requests.inc({ route: "/metrics" });
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}

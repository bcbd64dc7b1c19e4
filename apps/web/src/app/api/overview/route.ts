// The overview as JSON: exactly what the page renders, for tests and the CLI.
import { getOverview } from "../../../server/overview/get-overview.ts";
import { panelMetrics } from "../../../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  panelMetrics().requests.inc({ route: "/api/overview" });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await getOverview(params), { headers: { "cache-control": "no-store" } });
}

// The fleet as JSON: what /fleet renders.
import { getFleet } from "../../../server/fleet/get-fleet.ts";
import { panelMetrics } from "../../../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  panelMetrics().requests.inc({ route: "/api/fleet" });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await getFleet(params), { headers: { "cache-control": "no-store" } });
}

import { FleetScreen } from "../../components/fleet-screen.tsx";
import type { SearchParams } from "../../data/url-state.ts";
import { getFleet } from "../../server/fleet/get-fleet.ts";
import { panelMetrics } from "../../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export default async function FleetPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  panelMetrics().requests.inc({ route: "/fleet" });
  return <FleetScreen view={await getFleet(await searchParams)} />;
}

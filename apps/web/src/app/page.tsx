import { OverviewScreen } from "../components/overview-screen.tsx";
import type { SearchParams } from "../data/url-state.ts";
import { getOverview } from "../server/overview/get-overview.ts";
import { panelMetrics } from "../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  panelMetrics().requests.inc({ route: "/" });
  const view = await getOverview(await searchParams);
  return <OverviewScreen view={view} />;
}

import { LoadScreen } from "../../components/load/load-screen.tsx";
import { getEnv } from "../../env.ts";
import { getLoadRuns } from "../../server/load-runs/load-runs.ts";
import { panelMetrics } from "../../server/panel-metrics.ts";

export const dynamic = "force-dynamic";

export default async function LoadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  panelMetrics().requests.inc({ route: "/load" });
  const run = (await searchParams).run;
  const env = getEnv();
  return (
    <LoadScreen
      endpoints={getLoadRuns().endpoints().map((t) => t.name)}
      slo={{ ttft: env.THROTL_SLO_TTFT_SECONDS, itl: env.THROTL_SLO_ITL_SECONDS }}
      initialRunId={typeof run === "string" && run !== "" ? run : null}
    />
  );
}

// The entry point the fleet page and /api/fleet share.
import { getEnv } from "../../env.ts";
import type { FleetRow } from "../../data/fleet.ts";
import { parseFleetState } from "../../data/fleet-state.ts";
import type { SearchParams } from "../../data/url-state.ts";
import { REFRESH_SECONDS } from "../../data/url-state-schema.ts";
import { createLastGood, type LastGood } from "../last-good.ts";
import { panelMetrics } from "../panel-metrics.ts";
import { getSource } from "../source.ts";
import { type FleetView, loadFleet } from "./load-fleet.ts";

const holder = globalThis as typeof globalThis & { __throtlFleetCache?: LastGood<FleetRow[]> };

export async function getFleet(params: SearchParams): Promise<FleetView> {
  const env = getEnv();
  const { state, notices } = parseFleetState(params, env.THROTL_DEFAULT_RANGE);
  const source = getSource();
  holder.__throtlFleetCache ??= createLastGood<FleetRow[]>(8);
  const timer = panelMetrics().loaderSeconds.startTimer({ loader: "fleet", mode: source.mode });
  const view = await loadFleet(
    { source, now: Date.now, slo: { ttftSeconds: env.THROTL_SLO_TTFT_SECONDS, itlSeconds: env.THROTL_SLO_ITL_SECONDS }, defaultRange: env.THROTL_DEFAULT_RANGE,
      refreshSeconds: REFRESH_SECONDS[env.THROTL_DEFAULT_REFRESH], lastGood: holder.__throtlFleetCache },
    state, notices,
  );
  timer({ outcome: view.status.kind });
  return view;
}

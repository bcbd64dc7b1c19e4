// The entry point the fleet page and /api/fleet share.
import { getEnv } from "../../env.ts";
import type { FleetRow } from "../../data/fleet.ts";
import { parseFleetState } from "../../data/fleet-state.ts";
import type { SearchParams } from "../../data/url-state.ts";
import { REFRESH_SECONDS } from "../../data/url-state-schema.ts";
import { catalogParams } from "../../data/settings.ts";
import { createLastGood, type LastGood } from "../last-good.ts";
import { panelMetrics } from "../panel-metrics.ts";
import { currentSettings } from "../settings/current-settings.ts";
import { getSource } from "../source.ts";
import { type FleetView, loadFleet } from "./load-fleet.ts";

const holder = globalThis as typeof globalThis & { __throtlFleetCache?: LastGood<FleetRow[]> };

export async function getFleet(params: SearchParams): Promise<FleetView> {
  const env = getEnv();
  // The same settings as the overview (stored over environment), so both pages judge alike.
  const settings = await currentSettings();
  const s = settings.effective.values;
  const parsed = parseFleetState(params, env.THROTL_DEFAULT_RANGE);
  const { state } = parsed;
  const notices = settings.notice ? [...parsed.notices, settings.notice] : parsed.notices;
  const source = getSource(catalogParams(s));
  holder.__throtlFleetCache ??= createLastGood<FleetRow[]>(8);
  const timer = panelMetrics().loaderSeconds.startTimer({ loader: "fleet", mode: source.mode });
  const view = await loadFleet(
    { source, now: Date.now, slo: { ttftSeconds: s.ttftP95Seconds, itlSeconds: s.itlP95Seconds }, defaultRange: env.THROTL_DEFAULT_RANGE,
      refreshSeconds: REFRESH_SECONDS[s.refresh], lastGood: holder.__throtlFleetCache },
    state, notices,
  );
  timer({ outcome: view.status.kind });
  return view;
}

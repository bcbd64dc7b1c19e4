// The one entry point the page and /api/overview share: URL params → the same OverviewView.
import { getEnv } from "../../env.ts";
import { parseOverviewState, type SearchParams } from "../../data/url-state.ts";
import { createLastGood } from "../last-good.ts";
import { panelMetrics } from "../panel-metrics.ts";
import { catalogParams } from "../../data/settings.ts";
import { currentSettings } from "../settings/current-settings.ts";
import { getSource } from "../source.ts";
import { loadOverview, type OverviewView } from "./load-overview.ts";

const holder = globalThis as typeof globalThis & { __throtlOverviewCache?: ReturnType<typeof createLastGood<OverviewView>> };

export async function getOverview(params: SearchParams): Promise<OverviewView> {
  const env = getEnv();
  // Settings (stored over environment): SLO thresholds, GPU cost params, the default refresh.
  const settings = await currentSettings();
  const s = settings.effective.values;
  const defaults = { range: env.THROTL_DEFAULT_RANGE, refresh: s.refresh };
  const parsed = parseOverviewState(params, defaults);
  const { state } = parsed;
  const notices = settings.notice ? [...parsed.notices, settings.notice] : parsed.notices;
  const source = getSource(catalogParams(s));
  holder.__throtlOverviewCache ??= createLastGood<OverviewView>();
  const timer = panelMetrics().loaderSeconds.startTimer({ loader: "overview", mode: source.mode });
  const view = await loadOverview(
    { source, now: Date.now, slo: { ttftSeconds: s.ttftP95Seconds, itlSeconds: s.itlP95Seconds, availability: s.availability ?? undefined }, defaults,
      gpu: { hourlyUsd: s.gpuHourlyUsd ?? undefined, count: s.gpuCount ?? undefined }, lastGood: holder.__throtlOverviewCache },
    state, notices,
  );
  timer({ outcome: view.status.kind });
  return view;
}

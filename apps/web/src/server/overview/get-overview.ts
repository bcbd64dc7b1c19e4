// The one entry point the page and /api/overview share: URL params → the same OverviewView.
import { getEnv } from "../../env.ts";
import { parseOverviewState, type SearchParams } from "../../data/url-state.ts";
import { createLastGood } from "../last-good.ts";
import { panelMetrics } from "../panel-metrics.ts";
import { getSource } from "../source.ts";
import { loadOverview, type OverviewView } from "./load-overview.ts";

const holder = globalThis as typeof globalThis & { __throtlOverviewCache?: ReturnType<typeof createLastGood<OverviewView>> };

export async function getOverview(params: SearchParams): Promise<OverviewView> {
  const env = getEnv();
  const defaults = { range: env.THROTL_DEFAULT_RANGE, refresh: env.THROTL_DEFAULT_REFRESH };
  const { state, notices } = parseOverviewState(params, defaults);
  const source = getSource();
  holder.__throtlOverviewCache ??= createLastGood<OverviewView>();
  const timer = panelMetrics().loaderSeconds.startTimer({ loader: "overview", mode: source.mode });
  const view = await loadOverview(
    { source, now: Date.now, slo: { ttftSeconds: env.THROTL_SLO_TTFT_SECONDS, itlSeconds: env.THROTL_SLO_ITL_SECONDS }, defaults,
      gpu: { hourlyUsd: env.THROTL_GPU_HOURLY_USD, count: env.THROTL_GPU_COUNT }, lastGood: holder.__throtlOverviewCache },
    state, notices,
  );
  timer({ outcome: view.status.kind });
  return view;
}

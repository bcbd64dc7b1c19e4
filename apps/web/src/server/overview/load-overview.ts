// Overview loader: URL state → questions to the data source → view data. Every failure becomes a
// state of the view (notice, stale banner, tile reason); it never throws for a source problem.
import { type Grid, gridTimestamps } from "@throtl/prom";
import type { Scope, SignalQuery } from "@throtl/signals";
import type { Answer, Answers } from "../../data/answer.ts";
import { buildChart, type ChartView, OVERVIEW_CHARTS } from "../../data/charts.ts";
import { chartGrid } from "../../data/grid.ts";
import type { HealthView, RecommendationView } from "../../data/insights-view.ts";
import { queryKey, statQ, uniqueQueries, valueQ } from "../../data/queries.ts";
import { RANGES, type RangeSpec } from "../../data/ranges.ts";
import { ageText, type StatusView } from "../../data/status.ts";
import { overviewTiles, type SloThresholds, tileQueries } from "../../data/tile-specs.ts";
import { buildTiles, type TileView } from "../../data/tiles.ts";
import type { Defaults, OverviewState } from "../../data/url-state.ts";
import { type DataSource, isSourceUnavailable, type SourceMode } from "../data-source.ts";
import { insightsFor } from "../insights.ts";
import { loadTokenLengths } from "../token-lengths.ts";
import { configFromInfo } from "@throtl/insights";
import type { LastGood } from "../last-good.ts";
import { groupNames, keyed, totalLine, totalValue } from "./answers.ts";

export interface OverviewView {
  readonly generatedAtMs: number;
  readonly source: { readonly mode: SourceMode; readonly flavor: string; readonly description: string };
  readonly state: OverviewState;
  readonly defaults: Defaults;
  readonly range: { readonly id: string; readonly label: string; readonly stepMs: number };
  readonly notices: readonly string[];
  readonly status: StatusView;
  readonly health: HealthView;
  readonly tiles: readonly TileView[];
  readonly charts: readonly ChartView[];
  readonly recommendations: readonly RecommendationView[];
  readonly models: readonly string[];
  readonly instances: readonly string[];
}

export interface OverviewDeps {
  readonly source: DataSource;
  readonly now: () => number;
  /** availability: the error budget of insights' ERRORS state (Settings); absent, insights' default. */
  readonly slo: SloThresholds & { readonly availability?: number };
  /** For insights' cost rules; the catalog's cost signal takes them as params in the source. */
  readonly gpu: { readonly hourlyUsd?: number; readonly count?: number };
  readonly defaults: Defaults;
  readonly lastGood: LastGood<OverviewView>;
}

// Read by the health checks beyond what the tiles show.
const INSIGHT_QUERIES: readonly SignalQuery[] = [statQ("queue_time", "p95")];

// Asked per model and per instance to list what the selectors offer.
const DISCOVERY: readonly SignalQuery[] = [valueQ("running"), valueQ("request_rate")];
const DISCOVERY_WINDOW_SECONDS = 300;

async function discover(source: DataSource, atMs: number) {
  const ask = (by: Scope["by"]) => source.instant(DISCOVERY, { scope: { by }, windowSeconds: DISCOVERY_WINDOW_SECONDS, atMs });
  const [models, instances] = await Promise.all([ask("model"), ask("instance")]);
  return { models: groupNames(models), instances: groupNames(instances) };
}

/** A selected model or instance the source does not know falls back to all, with a notice. */
function narrow(state: OverviewState, lists: { models: string[]; instances: string[] }, notices: string[]): OverviewState {
  let { model, instance } = state;
  if (model !== undefined && !lists.models.includes(model)) {
    notices.push(`No data for model ${JSON.stringify(model)} in the last 5 minutes; showing all models.`);
    model = undefined;
  }
  if (instance !== undefined && !lists.instances.includes(instance)) {
    notices.push(`No data for instance ${JSON.stringify(instance)} in the last 5 minutes; showing all instances.`);
    instance = undefined;
  }
  return { ...state, model, instance };
}

async function charts(source: DataSource, scope: Scope, range: RangeSpec, grid: Grid): Promise<ChartView[]> {
  const queries = uniqueQueries(OVERVIEW_CHARTS.flatMap((c) => c.lines.map((l) => l.query)));
  const outcomes = await source.range(queries, { scope, grid, windowSeconds: range.chartWindowSeconds });
  const byKey = keyed(queries, outcomes, totalLine);
  const timestamps = gridTimestamps(grid);
  return OVERVIEW_CHARTS.map((spec) => buildChart(spec, timestamps, byKey));
}

export async function loadOverview(deps: OverviewDeps, requested: OverviewState, urlNotices: readonly string[]): Promise<OverviewView> {
  const nowMs = deps.now();
  const range = RANGES[requested.range];
  const notices = [...urlNotices];
  const base = {
    generatedAtMs: nowMs,
    source: { mode: deps.source.mode, flavor: deps.source.flavor, description: deps.source.description },
    defaults: deps.defaults,
    range: { id: range.id, label: range.label, stepMs: range.stepMs },
  };
  const cacheKey = JSON.stringify(requested);
  try {
    const lists = await discover(deps.source, nowMs);
    const state = narrow(requested, lists, notices);
    const scope: Scope = { by: "total", ...(state.model ? { model: state.model } : {}), ...(state.instance ? { instance: state.instance } : {}) };
    const specs = overviewTiles(deps.slo);
    const queries = uniqueQueries([...specs.flatMap(tileQueries), ...INSIGHT_QUERIES]);
    const windowSeconds = range.seconds;
    const [cur, prev, chartViews, targets, info, tokens] = await Promise.all([
      deps.source.instant(queries, { scope, windowSeconds, atMs: nowMs }),
      deps.source.instant(queries, { scope, windowSeconds, atMs: nowMs - windowSeconds * 1000 }),
      charts(deps.source, scope, range, chartGrid(range, nowMs)),
      deps.source.targets(state.instance !== undefined ? [state.instance] : lists.instances),
      deps.source.info(scope, nowMs),
      loadTokenLengths(deps.source, { scope, windowSeconds, atMs: nowMs }),
    ]);
    const current = keyed(queries, cur, totalValue);
    const previous = keyed(queries, prev, totalValue);
    const insights = insightsFor({
      atMs: nowMs, windowSeconds, current, previous, targets, slo: deps.slo, config: configFromInfo(info.engine, info.gpu), tokens,
      ...(deps.gpu.hourlyUsd !== undefined ? { gpuHourlyUsd: deps.gpu.hourlyUsd } : {}),
      ...(deps.gpu.count !== undefined ? { gpuCount: deps.gpu.count } : {}),
    });
    const view: OverviewView = {
      ...base, state, notices, status: { kind: "live" }, health: insights.health, recommendations: insights.recommendations,
      tiles: buildTiles(specs, { current, previous, windowLabel: range.id }), charts: chartViews, ...lists,
    };
    deps.lastGood.set(cacheKey, nowMs, view);
    return view;
  } catch (e) {
    if (!isSourceUnavailable(e)) throw e;
    const last = deps.lastGood.get(cacheKey);
    if (last) {
      const status: StatusView = { kind: "stale", message: e.message, lastGoodAtMs: last.atMs, ageText: ageText(nowMs - last.atMs) };
      return { ...last.value, generatedAtMs: nowMs, notices, status };
    }
    return unavailableView(base, requested, notices, deps.slo, e.message);
  }
}

function unavailableView(base: Pick<OverviewView, "generatedAtMs" | "source" | "defaults" | "range">, state: OverviewState, notices: string[], slo: SloThresholds, message: string): OverviewView {
  const specs = overviewTiles(slo);
  const down: Answer = { kind: "error", message: "no data source" };
  const answers: Answers = new Map(uniqueQueries(specs.flatMap(tileQueries)).map((q) => [queryKey(q), down]));
  return {
    ...base, state, notices, status: { kind: "unavailable", message },
    health: { state: "SOURCE UNREACHABLE", tone: "bad", reason: `No data: ${message}` }, recommendations: [],
    tiles: buildTiles(specs, { current: answers, previous: new Map(), windowLabel: base.range.id }),
    charts: [], models: [], instances: [],
  };
}

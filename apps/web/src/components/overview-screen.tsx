import { RANGE_IDS, REFRESH_IDS, REFRESH_SECONDS } from "../data/url-state-schema.ts";
import { overviewQuery } from "../data/url-state.ts";
import type { OverviewView } from "../server/overview/load-overview.ts";
import { AutoRefresh } from "./auto-refresh.tsx";
import { HealthLine } from "./health-line.tsx";
import { KpiGrid } from "./kpi-grid.tsx";
import { LinkGroup } from "./link-group.tsx";
import { Notices } from "./notices.tsx";
import { RecommendationList } from "./recommendation-list.tsx";
import { ScopeSelect } from "./scope-select.tsx";
import { TakeSnapshot } from "./snapshots/take-snapshot.tsx";
import { StatusBanner } from "./status-banner.tsx";
import { TimeChart } from "./time-chart.tsx";

export function OverviewScreen({ view }: { view: OverviewView }) {
  const href = (patch: Parameters<typeof overviewQuery>[2]) => `/${overviewQuery(view.state, view.defaults, patch)}`;
  return (
    <div className="flex flex-col gap-4 pt-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">Overview</h1>
        <LinkGroup name="Range" selected={view.state.range} options={RANGE_IDS.map((r) => ({ id: r, label: r, href: href({ range: r }) }))} />
        <LinkGroup name="Auto-refresh" selected={view.state.refresh} options={REFRESH_IDS.map((r) => ({ id: r, label: r === "off" ? "no refresh" : r, href: href({ refresh: r }) }))} />
        <ScopeSelect state={view.state} defaults={view.defaults} models={view.models} instances={view.instances} />
        <AutoRefresh seconds={REFRESH_SECONDS[view.state.refresh]} />
        <span className="ml-auto"><TakeSnapshot model={view.state.model} instance={view.state.instance} /></span>
      </div>
      <StatusBanner status={view.status} />
      <Notices notices={view.notices} />
      <HealthLine health={view.health} />
      <KpiGrid tiles={view.tiles} />
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {view.charts.map((c) => <TimeChart key={c.id} chart={c} stepMs={view.range.stepMs} />)}
      </div>
      <RecommendationList items={view.recommendations} />
      <footer className="text-xs text-muted">
        {view.source.flavor} · {view.source.description} · values over the last {view.range.label} · loaded {new Date(view.generatedAtMs).toISOString()}
      </footer>
    </div>
  );
}

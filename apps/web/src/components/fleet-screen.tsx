import { fleetQuery, TONE_FILTERS } from "../data/fleet-state.ts";
import { RANGE_IDS } from "../data/url-state-schema.ts";
import type { FleetView } from "../server/fleet/load-fleet.ts";
import { AutoRefresh } from "./auto-refresh.tsx";
import { FleetTable } from "./fleet-table.tsx";
import { LinkGroup } from "./link-group.tsx";
import { Notices } from "./notices.tsx";
import { StatusBanner } from "./status-banner.tsx";

const TONE_LABEL = { all: "All states", bad: "Critical", warn: "Warning", unknown: "Info / unknown", good: "Healthy" } as const;

export function FleetScreen({ view }: { view: FleetView }) {
  const href = (patch: Parameters<typeof fleetQuery>[2]) => `/fleet${fleetQuery(view.state, view.defaultRange, patch)}`;
  const s = view.state;
  return (
    <div className="flex flex-col gap-4 pt-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">Fleet</h1>
        <AutoRefresh seconds={view.refreshSeconds} />
        <LinkGroup name="Range" selected={s.range} options={RANGE_IDS.map((r) => ({ id: r, label: r, href: href({ range: r }) }))} />
        {/* A plain GET form: filtering works without JavaScript and stays in the URL. */}
        <form method="get" action="/fleet" className="flex flex-wrap items-center gap-2 text-xs">
          {s.range !== view.defaultRange && <input type="hidden" name="range" value={s.range} />}
          {s.sort !== "state" && <input type="hidden" name="sort" value={s.sort} />}
          {s.dir !== "asc" && <input type="hidden" name="dir" value={s.dir} />}
          <input name="q" defaultValue={s.q} placeholder="Filter instances or states" className="rounded border border-line bg-panel px-2 py-1 text-fg" />
          <select name="tone" defaultValue={s.tone} className="rounded border border-line bg-panel px-1 py-1 text-fg">
            {TONE_FILTERS.map((t) => <option key={t} value={t}>{TONE_LABEL[t]}</option>)}
          </select>
          <button type="submit" className="rounded border border-line px-2 py-1 text-muted hover:text-fg">Apply</button>
        </form>
      </div>
      <StatusBanner status={view.status} />
      <Notices notices={view.notices} />
      <p className="text-xs text-muted" data-fleet-count>
        {view.matched === view.total ? `${view.total} instance${view.total === 1 ? "" : "s"}` : `${view.matched} of ${view.total} instances match`}
        {view.shown < view.matched && ` · showing the first ${view.shown}; filter to narrow`}
        {` · values over the last ${view.rangeLabel}`}
      </p>
      {view.rows.length > 0 ? (
        <FleetTable rows={view.rows} sort={s.sort} dir={s.dir}
          sortHref={(sort) => href({ sort, dir: sort === s.sort && s.dir === "asc" ? "desc" : "asc" })}
          overviewHref={(instance) => `/?instance=${encodeURIComponent(instance)}`} />
      ) : (
        <p className="rounded-lg border border-line bg-panel p-3 text-sm text-muted">No instances{view.total > 0 ? " match the filter" : " have reported in this window"}.</p>
      )}
      <footer className="text-xs text-muted">{view.source.description} · loaded {new Date(view.generatedAtMs).toISOString()}</footer>
    </div>
  );
}

import type { ReactNode } from "react";
import type { ComparisonView } from "../../data/snapshots/comparison-view.ts";
import { Card } from "./card.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { ConfigDiff } from "./config-diff.tsx";
import { OverlayChart } from "./overlay-chart.tsx";
import { SnapshotFacts } from "./snapshot-facts.tsx";

/** The compare page body; `actions` holds the save/export/delete controls of the page. */
export function ComparisonScreen({ title, view, actions }: { title: string; view: ComparisonView; actions: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 pt-4" data-comparison>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">{title}</h1>
        <span className="text-sm text-muted" data-summary>{view.summary}</span>
        <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      {view.warnings.length > 0 && (
        <div role="status" className="rounded-lg border border-warn bg-panel px-3 py-2 text-sm" data-warnings>
          <strong className="text-warn">Not like-for-like</strong>
          <ul className="mt-1 list-disc pl-4 text-xs">{view.warnings.map((w) => <li key={w.field} data-warning={w.field}>{w.message}</li>)}</ul>
        </div>
      )}
      <div className="grid gap-3 lg:grid-cols-3">
        <div className="lg:col-span-2"><Card title="Snapshots"><div className="grid grid-cols-2 gap-3"><SnapshotFacts header={view.base} label="Base" /><SnapshotFacts header={view.candidate} label="Candidate" /></div></Card></div>
        <ConfigDiff lines={view.config} />
      </div>
      <ComparisonTable rows={view.rows} />
      <p className="text-xs text-muted">{view.method}</p>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {view.charts.map((c) => <OverlayChart key={c.id} chart={c} baseLabel={`base: ${view.base.name}`} candidateLabel={`candidate: ${view.candidate.name}`} />)}
      </div>
    </div>
  );
}

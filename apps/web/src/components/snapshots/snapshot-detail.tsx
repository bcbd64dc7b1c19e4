import type { SnapshotView } from "../../data/snapshots/snapshot-view.ts";
import { Card } from "./card.tsx";
import { OverlayChart } from "./overlay-chart.tsx";
import { SnapshotFacts } from "./snapshot-facts.tsx";

const STATS = ["p50", "p90", "p95", "p99", "mean"] as const;

export function SnapshotDetail({ view }: { view: SnapshotView }) {
  return (
    <div className="flex flex-col gap-3" data-snapshot-detail={view.id}>
      <div className="grid gap-3 lg:grid-cols-3">
        <Card title="Scope and window"><SnapshotFacts header={view} />{view.notes && <p className="mt-2 whitespace-pre-wrap text-xs">{view.notes}</p>}</Card>
        <Card title="Engine config" data="engine-config">
          {view.config.length === 0 ? <p className="text-sm text-muted">No settings recorded.</p> : (
            <table className="w-full text-xs tabular-nums">
              <tbody className="divide-y divide-line">
                {view.config.map((c) => (
                  <tr key={c.flag} data-config-flag={c.flag}>
                    <td className="py-0.5 pr-2 font-mono" title={c.cli}>{c.flag}</td>
                    <td className="py-0.5 pr-2 font-semibold">{c.value}</td>
                    <td className="py-0.5 text-muted" title={c.overridden.length ? `Overrides ${c.overridden.join(", ")}` : undefined}>{c.origin}{c.overridden.length > 0 && " *"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title="Workload" data="workload">
          <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-0.5 text-xs tabular-nums">
            {view.workload.map((w) => [<dt key={`${w.label}-k`} className="text-muted">{w.label}</dt>, <dd key={`${w.label}-v`}>{w.text}</dd>])}
          </dl>
          {view.loadRun && <details className="mt-2 text-xs"><summary className="cursor-pointer text-muted">Load run spec</summary><pre className="mt-1 overflow-x-auto font-mono text-[11px]">{view.loadRun}</pre></details>}
        </Card>
      </div>
      <Card title="Signals" data="signals">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm tabular-nums md:grid-cols-3 xl:grid-cols-4">
          {view.values.map((v) => (
            <div key={v.signal} className="flex justify-between gap-2 border-b border-line py-0.5" data-signal={v.signal} title={v.unsupported ?? v.description}>
              <dt className="text-muted">{v.title}</dt>
              <dd>{v.unsupported ? <span className="text-xs text-muted">not exported</span> : v.text}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="grid gap-3 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Latency" data="latency">
            <table className="w-full text-sm tabular-nums">
              <thead className="text-xs text-muted"><tr><th className="text-left font-medium">Signal</th>{STATS.map((s) => <th key={s} className="text-right font-medium">{s}</th>)}</tr></thead>
              <tbody className="divide-y divide-line">
                {view.latency.map((l) => <tr key={l.signal} data-latency={l.signal}><td>{l.title}</td>{STATS.map((s) => <td key={s} className="text-right">{l.stats[s]}</td>)}</tr>)}
              </tbody>
            </table>
          </Card>
        </div>
        <Card title="SLO attainment" data="slos">
          {view.slos.length === 0 ? <p className="text-sm text-muted">No SLOs recorded.</p> : (
            <dl className="flex flex-col gap-1 text-sm tabular-nums">
              {view.slos.map((o) => <div key={o.label} className="flex justify-between"><dt className="text-muted">{o.label}</dt><dd>{o.text}</dd></div>)}
            </dl>
          )}
        </Card>
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {view.charts.map((c) => <OverlayChart key={c.id} chart={c} baseLabel={view.name} candidateLabel={null} />)}
      </div>
    </div>
  );
}

import type { Stat, SummaryRow } from "../../data/load/run-display.ts";

/** The load generator's summary of a run: totals, then latency percentiles. */
export function SummaryTable({ totals, latencies, partial }: { totals: readonly Stat[]; latencies: readonly SummaryRow[]; partial: boolean }) {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4" data-run-summary>
      <h2 className="text-base font-semibold">Summary{partial ? " (partial: the run was cancelled)" : ""}</h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
        {totals.map((t) => (
          <div key={t.id} className="flex justify-between gap-2" data-summary={t.id}>
            <dt className="text-muted">{t.label}</dt>
            <dd className="tabular-nums">{t.text}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full text-sm tabular-nums">
        <thead className="text-left text-xs uppercase tracking-wide text-muted">
          <tr><th className="py-1">Latency</th><th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>mean</th></tr>
        </thead>
        <tbody>
          {latencies.map((r) => (
            <tr key={r.label} className="border-t border-line" data-latency={r.label}>
              <td className="py-1 font-medium">{r.label}</td><td>{r.p50}</td><td>{r.p90}</td><td>{r.p95}</td><td>{r.p99}</td><td>{r.mean}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

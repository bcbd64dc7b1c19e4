import type { ComparisonRowView } from "../../data/snapshots/comparison-rows.ts";
import { VerdictBadge } from "./verdict-badge.tsx";

export function ComparisonTable({ rows }: { rows: readonly ComparisonRowView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-panel">
      <table className="w-full text-sm tabular-nums" data-comparison-table>
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium">Signal</th>
            <th scope="col" className="px-2 py-1 text-right font-medium">Base</th>
            <th scope="col" className="px-2 py-1 text-right font-medium">Candidate</th>
            <th scope="col" className="px-2 py-1 text-right font-medium">Δ</th>
            <th scope="col" className="px-2 py-1 text-right font-medium">%</th>
            <th scope="col" className="px-2 py-1 text-left font-medium">Verdict</th>
            <th scope="col" className="px-2 py-1 text-left font-medium">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key} className={r.firstOfSignal ? "border-t border-line" : undefined}>
              <td className="px-2 py-1 whitespace-nowrap">{r.title}</td>
              <td className="px-2 py-1 text-right whitespace-nowrap">{r.base}</td>
              <td className="px-2 py-1 text-right whitespace-nowrap">{r.candidate}</td>
              <td className="px-2 py-1 text-right whitespace-nowrap">{r.delta}</td>
              <td className="px-2 py-1 text-right whitespace-nowrap">{r.percent}</td>
              <td className="px-2 py-1"><VerdictBadge verdict={r.verdict} /></td>
              <td className="max-w-[520px] px-2 py-1 text-xs text-muted" data-confidence title={r.method}>{r.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

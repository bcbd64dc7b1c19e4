import type { LoadRunView } from "../../server/load-runs/run-view.ts";
import { statusText } from "../../data/load/run-display.ts";

/** The runs the panel still holds in memory, newest first; choosing one shows it. */
export function RecentRuns({ runs, current, onSelect }: { runs: readonly LoadRunView[]; current: string | null; onSelect: (id: string) => void }) {
  if (runs.length === 0) return null;
  return (
    <section className="rounded-lg border border-line bg-panel p-4 text-sm" data-recent-runs>
      <h2 className="mb-2 text-base font-semibold">Recent runs</h2>
      <ul className="flex flex-col gap-1">
        {runs.map((r) => (
          <li key={r.id}>
            <button type="button" onClick={() => onSelect(r.id)} aria-current={r.id === current ? "true" : undefined}
              className="flex w-full gap-3 rounded px-2 py-1 text-left hover:bg-bg aria-[current=true]:bg-bg">
              <span className="tabular-nums text-muted">{r.createdAt.slice(11, 19)}</span>
              <span>{r.endpoint}</span>
              <span>{r.request.workload.kind}</span>
              <span className="ml-auto">{statusText(r.status)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

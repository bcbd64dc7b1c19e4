import type { Stat } from "../../data/load/run-display.ts";

interface Props {
  readonly status: string;
  readonly percent: number;
  readonly elapsed: string;
  readonly eta: string;
  readonly stats: readonly Stat[];
  readonly error: string | null;
}

/** Progress bar, clock and live numbers of one run. */
export function RunProgress({ status, percent, elapsed, eta, stats, error }: Props) {
  return (
    <section className="flex flex-col gap-3" data-run-progress>
      <div className="flex items-center gap-3 text-sm">
        <span className="font-semibold" data-run-status>{status}</span>
        <span className="text-muted">elapsed <span className="tabular-nums text-fg" data-elapsed>{elapsed}</span></span>
        <span className="text-muted">ETA <span className="tabular-nums text-fg" data-eta>{eta}</span></span>
      </div>
      <div className="h-2 w-full overflow-hidden rounded bg-line" role="progressbar" aria-label="Load run progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="h-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      {error && <p role="alert" className="text-sm text-bad">{error}</p>}
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4">
        {stats.map((s) => (
          <div key={s.id} className="rounded border border-line bg-panel px-3 py-2" data-stat={s.id}>
            <dt className="text-xs uppercase tracking-wide text-muted">{s.label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-value>{s.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { RecommendationView } from "../data/insights-view.ts";

const BADGE = { critical: "border-bad text-bad", warning: "border-warn text-warn", info: "border-line text-muted" } as const;

export function RecommendationList({ items }: { items: readonly RecommendationView[] }) {
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-recommendations>
      <h2 className="mb-2 text-sm font-semibold">Recommendations</h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">No changes recommended for this window.</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((r) => (
            <li key={r.id} className="py-2 text-sm" data-recommendation={r.id}>
              <span className={`mr-2 rounded border px-1 text-[11px] uppercase ${BADGE[r.severity]}`}>{r.severity}</span>
              <strong>{r.title}</strong>
              {r.flag !== null && (
                <span className="ml-2 tabular-nums">
                  <code className="font-mono">{r.flag}</code> {r.current} → <strong>{r.suggested}</strong>
                </span>
              )}
              <span className="block text-muted">{r.effect}</span>
              {r.risk && <span className="block text-xs text-muted">Risk: {r.risk}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

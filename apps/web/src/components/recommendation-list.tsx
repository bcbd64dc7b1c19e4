import type { RecommendationView } from "../data/insights-view.ts";

export function RecommendationList({ items }: { items: readonly RecommendationView[] }) {
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-recommendations>
      <h2 className="mb-2 text-sm font-semibold">Recommendations</h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">No flag changes recommended for this window.</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((r) => (
            <li key={r.id} className="py-2 text-sm">
              <code className="font-mono">{r.flag}</code>{" "}
              <span className="tabular-nums">{r.current} → <strong>{r.suggested}</strong></span>
              <span className="block text-muted">{r.effect}</span>
              <span className="block text-xs text-muted">{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

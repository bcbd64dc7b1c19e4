import type { TileView } from "../data/tiles.ts";
import { TrendArrow } from "./trend-arrow.tsx";

export function KpiTile({ tile }: { tile: TileView }) {
  const unavailable = tile.status === "unsupported" || tile.status === "error";
  return (
    <section className="flex min-h-28 flex-col gap-1 rounded-lg border border-line bg-panel p-3" data-tile={tile.id} data-status={tile.status} title={tile.description}>
      <h3 className="text-xs font-medium uppercase tracking-wide text-muted">{tile.title}</h3>
      {unavailable ? (
        <p className="text-sm text-muted" data-reason>
          {tile.status === "unsupported" ? "Not exported by this backend" : "Query failed"}
          <span className="mt-1 block text-xs">{tile.reason}</span>
        </p>
      ) : (
        <p className="text-2xl font-semibold tabular-nums" data-value>
          {tile.primary.text}
          {tile.primary.unit && <span className="ml-1 text-sm font-normal text-muted">{tile.primary.unit}</span>}
        </p>
      )}
      {tile.parts.length > 0 && !unavailable && (
        <p className="flex flex-wrap gap-x-3 text-xs tabular-nums text-muted">
          {tile.parts.map((p) => <span key={p.label}>{p.label} <span className="text-fg">{p.text}</span></span>)}
        </p>
      )}
      <div className="mt-auto"><TrendArrow trend={tile.trend} /></div>
      {tile.notes.length > 0 && <p className="line-clamp-3 text-[11px] leading-tight text-muted" title={tile.notes.join("\n")}>Note: {tile.notes.join(" · ")}</p>}
    </section>
  );
}

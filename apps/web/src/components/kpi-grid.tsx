import type { TileView } from "../data/tiles.ts";
import { KpiTile } from "./kpi-tile.tsx";

export function KpiGrid({ tiles }: { tiles: readonly TileView[] }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      {tiles.map((t) => <KpiTile key={t.id} tile={t} />)}
    </div>
  );
}

// Fleet rows: one per instance, filtered and sorted on the server so hundreds of instances cost
// one pass and the browser only renders.
import type { FleetColumnId } from "./fleet-columns.ts";
import { type FleetSort, type FleetState, TONE_RANK } from "./fleet-state.ts";
import type { HealthView } from "./insights-view.ts";

export interface FleetCell {
  /** null: no data or not exported; the text says which. */
  readonly value: number | null;
  readonly text: string;
}

export interface FleetRow {
  readonly instance: string;
  readonly up: boolean | null;
  readonly health: HealthView;
  readonly cells: Readonly<Record<FleetColumnId, FleetCell>>;
  /** Generated tokens/s on a coarse grid; null is a gap. */
  readonly spark: readonly (number | null)[];
}

export function filterRows(rows: readonly FleetRow[], state: Pick<FleetState, "q" | "tone">): FleetRow[] {
  const q = state.q.trim().toLowerCase();
  return rows.filter((r) =>
    (state.tone === "all" || r.health.tone === state.tone) &&
    (q === "" || r.instance.toLowerCase().includes(q) || r.health.state.toLowerCase().includes(q)));
}

function compare(a: FleetRow, b: FleetRow, sort: FleetSort): number {
  if (sort === "instance") return a.instance.localeCompare(b.instance, "en", { numeric: true });
  if (sort === "state") return TONE_RANK[a.health.tone] - TONE_RANK[b.health.tone] || a.health.state.localeCompare(b.health.state);
  const x = a.cells[sort].value;
  const y = b.cells[sort].value;
  return (x ?? 0) - (y ?? 0);
}

/** Sorted by the column; rows without a value always go last, and ties keep instance order. */
export function sortRows(rows: readonly FleetRow[], sort: FleetSort, dir: "asc" | "desc"): FleetRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const missing = (r: FleetRow) => sort !== "state" && sort !== "instance" && r.cells[sort].value === null;
  return [...rows].sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return (ma ? 0 : sign * compare(a, b, sort)) || a.instance.localeCompare(b.instance, "en", { numeric: true });
  });
}

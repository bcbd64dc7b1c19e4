import { describe, expect, it } from "vitest";
import { FLEET_COLUMN_IDS, type FleetColumnId } from "./fleet-columns.ts";
import { fleetQuery, parseFleetState } from "./fleet-state.ts";
import { filterRows, type FleetCell, type FleetRow, sortRows } from "./fleet.ts";
import type { HealthTone } from "./insights-view.ts";

function row(instance: string, tone: HealthTone, waiting: number | null): FleetRow {
  const cells = Object.fromEntries(FLEET_COLUMN_IDS.map((id) => [id, { value: null, text: "—" }])) as Record<FleetColumnId, FleetCell>;
  cells.waiting = { value: waiting, text: String(waiting ?? "—") };
  return { instance, up: true, health: { state: tone === "bad" ? "BACKEND DOWN" : "HEALTHY", tone, reason: "" }, cells, spark: [] };
}

const rows = [row("10.0.0.10:8000", "good", 3), row("10.0.0.9:8000", "bad", null), row("10.0.0.2:8000", "warn", 40)];

describe("sortRows", () => {
  it("sorts by state worst first, then by instance in natural order", () => {
    expect(sortRows(rows, "state", "asc").map((r) => r.health.tone)).toEqual(["bad", "warn", "good"]);
    expect(sortRows(rows, "instance", "asc").map((r) => r.instance)).toEqual(["10.0.0.2:8000", "10.0.0.9:8000", "10.0.0.10:8000"]);
  });

  it("keeps rows without a value last in both directions", () => {
    expect(sortRows(rows, "waiting", "desc").map((r) => r.cells.waiting.value)).toEqual([40, 3, null]);
    expect(sortRows(rows, "waiting", "asc").map((r) => r.cells.waiting.value)).toEqual([3, 40, null]);
  });

  it("sorts a thousand instances", () => {
    const many = Array.from({ length: 1000 }, (_, i) => row(`10.0.${i >> 8}.${i & 255}:8000`, "good", (i * 7919) % 101));
    const sorted = sortRows(many, "waiting", "desc");
    expect(sorted[0]!.cells.waiting.value).toBe(100);
  });
});

describe("filterRows", () => {
  it("matches the instance or the state text, case-insensitively, and the state filter", () => {
    expect(filterRows(rows, { q: "0.0.9", tone: "all" }).map((r) => r.instance)).toEqual(["10.0.0.9:8000"]);
    expect(filterRows(rows, { q: "backend down", tone: "all" })).toHaveLength(1);
    expect(filterRows(rows, { q: "", tone: "warn" }).map((r) => r.instance)).toEqual(["10.0.0.2:8000"]);
  });
});

describe("fleet URL state", () => {
  it("falls back with a notice for an unknown sort column and round-trips valid state", () => {
    const { state, notices } = parseFleetState({ sort: "price", dir: "desc", q: "gpu-7" }, "1h");
    expect(state).toEqual({ range: "1h", sort: "state", dir: "desc", q: "gpu-7", tone: "all" });
    expect(notices[0]).toMatch(/^Ignored sort="price"/);
    expect(fleetQuery(state, "1h")).toBe("?dir=desc&q=gpu-7");
  });
});

import { describe, expect, it } from "vitest";
import type { FleetRow } from "../../data/fleet.ts";
import { FLEET_DEFAULTS } from "../../data/fleet-state.ts";
import type { TargetState } from "../data-source.ts";
import { createLastGood } from "../last-good.ts";
import { fakeSource } from "../testing/fake-source.ts";
import { loadFleet, MAX_ROWS } from "./load-fleet.ts";

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const names = Array.from({ length: 600 }, (_, i) => `10.1.${i >> 8}.${i & 255}:8000`);
const target = (instance: string, up: boolean): TargetState => ({ instance, address: instance, job: "vllm", up, lastScrapeMs: NOW - 1000, error: up ? null : "refused" });

function deps() {
  const source = fakeSource((key, scope) => {
    if (scope.by !== "instance") return { kind: "ok", data: [], notes: [] };
    if (key === "prefix_cache_hit_rate") return { kind: "unsupported", reason: "no" };
    return { kind: "ok", data: names.map((group, i) => ({ group, value: key === "waiting" ? i % 50 : 1 })), notes: [] };
  }, { targets: [...names.map((n) => target(n, true)), target("10.9.9.9:8000", false)] });
  return { source, now: () => NOW, slo: { ttftSeconds: 0.5, itlSeconds: 0.1 }, defaultRange: "1h" as const, refreshSeconds: null, lastGood: createLastGood<FleetRow[]>() };
}

describe("loadFleet", () => {
  it("lists hundreds of instances from one question per signal, plus engines that are down", async () => {
    const d = deps();
    const view = await loadFleet(d, { range: "1h", ...FLEET_DEFAULTS }, []);
    expect(view.total).toBe(601);
    expect(view.rows).toHaveLength(MAX_ROWS);
    expect(view.rows[0]).toMatchObject({ instance: "10.9.9.9:8000", up: false, health: { state: "BACKEND DOWN" } });
    expect(d.source.instantCalls.every((c) => c.scope.by === "instance")).toBe(true);
  });

  it("filters and sorts on the server", async () => {
    const view = await loadFleet(deps(), { range: "1h", ...FLEET_DEFAULTS, sort: "waiting", dir: "desc", q: "10.1.0." }, []);
    expect(view.matched).toBe(256);
    expect(view.rows[0]!.cells.waiting).toEqual({ value: 49, text: "49" });
  });
});

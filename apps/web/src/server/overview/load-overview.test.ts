import { describe, expect, it } from "vitest";
import { createLastGood } from "../last-good.ts";
import { fakeSource, one } from "../testing/fake-source.ts";
import type { Answerer } from "../testing/fake-source.ts";
import { loadOverview, type OverviewDeps, type OverviewView } from "./load-overview.ts";

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const state = { range: "1h", refresh: "15s", model: undefined, instance: undefined } as const;

const answer: Answerer = (key, scope, atMs) => {
  const group = scope.by === "instance" ? "127.0.0.1:8000" : "llama";
  if (key === "prefix_cache_hit_rate") return { kind: "unsupported", reason: "not exported by TGI" };
  if (key === "running") return one(5, group)(scope);
  if (key === "waiting") return one(atMs === NOW ? 12 : 3, group)(scope);
  return one(1, group)(scope);
};

function deps(source = fakeSource(answer, { up: true, lastScrapeMs: NOW - 2_000 }), now = { t: NOW }): OverviewDeps & { source: ReturnType<typeof fakeSource> } {
  return {
    source, now: () => now.t, slo: { ttftSeconds: 0.5, itlSeconds: 0.1 }, gpu: {},
    defaults: { range: "1h", refresh: "15s" }, lastGood: createLastGood<OverviewView>(),
  };
}

describe("loadOverview", () => {
  it("asks the current window at now and the previous one a window earlier, over the range", async () => {
    const d = deps();
    const view = await loadOverview(d, state, []);
    const tileCalls = d.source.instantCalls.filter((c) => c.scope.by === "total");
    expect(tileCalls.map((c) => c.atMs).sort()).toEqual([NOW - 3_600_000, NOW]);
    expect(tileCalls.every((c) => c.windowSeconds === 3600)).toBe(true);
    expect(view.status).toEqual({ kind: "live" });
    expect(view.tiles.find((t) => t.id === "waiting")?.trend).toMatchObject({ direction: "up", tone: "bad" });
  });

  it("shows an unsupported signal as such and lists models and instances for the selectors", async () => {
    const view = await loadOverview(deps(), state, []);
    expect(view.tiles.find((t) => t.id === "prefix_cache_hit_rate")).toMatchObject({ status: "unsupported", reason: "not exported by TGI" });
    expect(view.models).toEqual(["llama"]);
    expect(view.instances).toEqual(["127.0.0.1:8000"]);
  });

  it("falls back to all models with a notice when the model in the URL has no data", async () => {
    const d = deps();
    const view = await loadOverview(d, { ...state, model: "gone" }, ["Ignored range=\"7d\""]);
    expect(view.state.model).toBeUndefined();
    expect(view.notices).toEqual(["Ignored range=\"7d\"", "No data for model \"gone\" in the last 5 minutes; showing all models."]);
    expect(d.source.instantCalls.filter((c) => c.scope.by === "total").every((c) => c.scope.model === undefined)).toBe(true);
  });

  it("narrows every question to the selected model", async () => {
    const d = deps();
    await loadOverview(d, { ...state, model: "llama" }, []);
    expect(d.source.instantCalls.filter((c) => c.scope.by === "total").every((c) => c.scope.model === "llama")).toBe(true);
  });

  it("lays charts on the aligned grid with gaps kept", async () => {
    const view = await loadOverview(deps(), state, []);
    const chart = view.charts.find((c) => c.id === "queue")!;
    expect(chart.timestamps).toHaveLength(121);
    expect(chart.timestamps[0]! % 30_000).toBe(0);
    expect(chart.series[0]!.values.slice(0, 3)).toEqual([5, null, 5]);
  });

  it("keeps the last good data with its age when the source goes down, never an error", async () => {
    const now = { t: NOW };
    const d = deps(undefined, now);
    const good = await loadOverview(d, state, []);
    d.source.down = true;
    now.t = NOW + 95_000;
    const stale = await loadOverview(d, state, []);
    expect(stale.status).toMatchObject({ kind: "stale", lastGoodAtMs: NOW, ageText: "2 min" });
    expect(stale.tiles).toEqual(good.tiles);
    expect(stale.generatedAtMs).toBe(NOW + 95_000);
  });

  it("shows an unavailable state with dashes when the source is down from the start", async () => {
    const d = deps();
    d.source.down = true;
    const view = await loadOverview(d, state, []);
    expect(view.status).toMatchObject({ kind: "unavailable", message: expect.stringContaining("unreachable") });
    expect(view.health.state).toBe("SOURCE UNREACHABLE");
    expect(view.tiles.every((t) => t.primary.text === "—")).toBe(true);
  });

  it("takes the health line from insights: a down backend says so", async () => {
    const d = deps(fakeSource(answer, { up: false, lastScrapeMs: NOW - 60_000 }));
    expect((await loadOverview(d, state, [])).health).toMatchObject({ state: "BACKEND DOWN", tone: "bad" });
  });
});

describe("loadOverview with the engine's info series", () => {
  const GiB = 1024 ** 3;
  const pressure: Answerer = (key, scope) => {
    const values: Record<string, number> = {
      kv_cache_usage: 0.97, preemption_rate: 2, request_rate: 5, error_rate: 0, vram_used: 24 * GiB, vram_total: 80 * GiB, running: 40, waiting: 3,
    };
    return one(values[key] ?? 1, scope.by === "instance" ? "127.0.0.1:8000" : "llama")(scope);
  };
  const info = {
    engine: [{ instance: "127.0.0.1:8000", engine: "0", gpu_memory_utilization: "0.3", block_size: "16", num_gpu_blocks: "3589", enable_prefix_caching: "True" }],
    gpu: [{ instance: "127.0.0.1:8000", gpu: "0", modelName: "NVIDIA H100 80GB HBM3" }],
  };

  it("names --gpu-memory-utilization with its current value from cache_config_info under KV pressure with preemption", async () => {
    const view = await loadOverview(deps(fakeSource(pressure, { up: true, lastScrapeMs: NOW - 2_000 }, info)), state, []);
    expect(view.health.state).toBe("KV CACHE PRESSURE");
    const rec = view.recommendations.find((r) => r.flag === "--gpu-memory-utilization");
    expect(rec).toMatchObject({ current: "0.3" });
    expect(Number(rec?.suggested)).toBeGreaterThan(0.3);
  });

  it("says the current value is unknown when the backend exports no config info", async () => {
    const view = await loadOverview(deps(fakeSource(pressure, { up: true, lastScrapeMs: NOW - 2_000 })), state, []);
    expect(view.recommendations.find((r) => r.flag === "--gpu-memory-utilization")).toMatchObject({ current: "unknown" });
  });
});

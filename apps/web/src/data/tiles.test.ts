import { describe, expect, it } from "vitest";
import type { Answer } from "./answer.ts";
import { buildTile } from "./tiles.ts";

const ok = (data: number | null, notes: string[] = []): Answer => ({ kind: "ok", data, notes });
const inputs = (current: Record<string, Answer>, previous: Record<string, Answer> = {}) => ({
  current: new Map(Object.entries(current)), previous: new Map(Object.entries(previous)), windowLabel: "1 hour",
});

describe("buildTile", () => {
  it("says 'not exported' with the catalog's reason, never 0, for an unsupported signal", () => {
    const t = buildTile({ kind: "value", signal: "prefix_cache_hit_rate" }, inputs({ prefix_cache_hit_rate: { kind: "unsupported", reason: "not exported by TGI: no prefix cache" } }));
    expect(t).toMatchObject({ status: "unsupported", reason: "not exported by TGI: no prefix cache", primary: { text: "—" } });
    expect(t.trend.direction).toBe("none");
  });

  it("shows a dash for no data and a failed query as an error with its message", () => {
    expect(buildTile({ kind: "value", signal: "running" }, inputs({ running: ok(null) }))).toMatchObject({ status: "no-data", primary: { text: "—" } });
    expect(buildTile({ kind: "value", signal: "running" }, inputs({ running: { kind: "error", message: "bad_data" } }))).toMatchObject({ status: "error", reason: "bad_data" });
    expect(buildTile({ kind: "value", signal: "running" }, inputs({}))).toMatchObject({ status: "error", reason: "not queried" });
  });

  it("formats the value with its unit and compares with the previous window, direction-aware", () => {
    const t = buildTile({ kind: "value", signal: "waiting" }, inputs({ waiting: ok(40) }, { waiting: ok(10) }));
    expect(t.primary).toEqual({ text: "40", unit: "" });
    expect(t.trend).toEqual({ direction: "up", tone: "bad", label: "+300% vs previous 1 hour" });
    const g = buildTile({ kind: "value", signal: "generation_tokens_rate" }, inputs({ generation_tokens_rate: ok(2000) }, { generation_tokens_rate: ok(1000) }));
    expect(g.trend).toMatchObject({ direction: "up", tone: "good" });
  });

  it("says there is no earlier data instead of guessing a trend", () => {
    expect(buildTile({ kind: "value", signal: "waiting" }, inputs({ waiting: ok(4) })).trend.label).toBe("no earlier data");
  });

  it("shows p50 · p95 · p99 for latency with p95 as the headline, and merges the notes", () => {
    const t = buildTile({ kind: "latency", signal: "ttft" }, inputs({
      "ttft:p50": ok(0.01, ["from arrival"]), "ttft:p95": ok(0.02, ["from arrival"]), "ttft:p99": ok(null),
    }));
    expect(t.title).toBe("TTFT p95");
    expect(t.primary).toEqual({ text: "20", unit: "ms" });
    expect(t.parts).toEqual([{ label: "p50", text: "10 ms" }, { label: "p95", text: "20 ms" }, { label: "p99", text: "—" }]);
    expect(t.notes).toEqual(["from arrival"]);
  });

  it("shows VRAM used of total", () => {
    const t = buildTile({ kind: "pair", signal: "vram_used", of: "vram_total" }, inputs({ vram_used: ok(24 * 2 ** 30), vram_total: ok(80 * 2 ** 30) }));
    expect(t.primary).toEqual({ text: "24", unit: "GiB" });
    expect(t.parts).toEqual([{ label: "of", text: "80 GiB" }]);
  });

  it("shows SLO attainment as a share, higher is better", () => {
    const t = buildTile({ kind: "slo", ttftSeconds: 0.5, itlSeconds: 0.1 }, inputs(
      { "ttft:le:0.5": ok(0.5), "itl:le:0.1": ok(0.99) },
      { "ttft:le:0.5": ok(0.9) },
    ));
    expect(t.primary).toEqual({ text: "50", unit: "%" });
    expect(t.parts).toEqual([{ label: "TTFT ≤ 500 ms", text: "50%" }, { label: "ITL ≤ 100 ms", text: "99%" }]);
    expect(t.trend).toMatchObject({ direction: "down", tone: "bad", label: "−44% vs previous 1 hour" });
  });
});

import { snapshotInputSchema } from "@throtl/compare";
import { describe, expect, it } from "vitest";
import { fakeSource, one } from "../testing/fake-source.ts";
import { assembleSnapshot, configFromLabels, SIGNAL_QUERIES } from "./capture-assemble.ts";
import { captureSnapshot, NoDataError } from "./capture-load.ts";

const END = Date.UTC(2026, 0, 1, 12, 0, 0);
const slo = { ttftSeconds: 0.5, itlSeconds: 0.1 };
const TTFT = { buckets: [{ le: 0.1, count: 3 }, { le: 0.5, count: 9 }], count: 10, sum: 2.4 };
const info = { engine: [{ instance: "b:2", engine: "0", block_size: "16", gpu_memory_utilization: "0.9" }, { instance: "a:1", engine: "0", block_size: "32", gpu_memory_utilization: "0.5" }], gpu: [] };

const answer = (key: string, scope: { by: string }) => {
  if (key === "prefix_cache_hit_rate") return { kind: "unsupported", reason: "not exported" } as const;
  if (key === "waiting") return { kind: "ok", data: [], notes: [] } as const; // a gap
  if (key === "ttft:le:0.5") return one(1.0000001)(scope as never);
  return one(key.startsWith("tokens:prompt") ? 700 : key.startsWith("tokens:output") ? 90 : 2, "a:1")(scope as never);
};
const source = () => fakeSource((k, s) => answer(k, s), {}, info, (id) => (id === "ttft" ? { kind: "ok", data: [{ group: "", histogram: TTFT }], notes: [] } : { kind: "unsupported", reason: "no" }));

describe("capture", () => {
  it("builds a valid snapshot: every signal and stat, gaps null, unsupported with its reason, histograms, SLOs, workload", async () => {
    const s = await captureSnapshot({ source: source(), now: () => END + 400, slo }, { name: "before", windowSeconds: 300, tags: ["x"], engineConfig: [{ flag: "--max-num-seqs", value: 64 }], loadRun: { rate: 5 } });
    const data = snapshotInputSchema.parse(s);
    expect(data.signals).toHaveLength(SIGNAL_QUERIES.length);
    expect(data.signals.find((v) => v.signal === "prefix_cache_hit_rate")).toMatchObject({ value: null, unsupported: "not exported" });
    expect(data.signals.find((v) => v.signal === "waiting")).toMatchObject({ value: null, unsupported: null });
    expect(data.signals.filter((v) => v.signal === "ttft").map((v) => v.stat)).toEqual(["p50", "p90", "p95", "p99", "mean"]);
    expect(data.window).toEqual({ start: new Date(END - 300_000), end: new Date(END) });
    expect(data.scope).toEqual({ model: null, instances: ["a:1"] });
    expect(data.histograms).toEqual([{ signal: "ttft", ...TTFT }]);
    expect(data.slos).toEqual([{ signal: "ttft", thresholdSeconds: 0.5, attainment: 1 }, { signal: "itl", thresholdSeconds: 0.1, attainment: 1 }]);
    expect(data.workload).toEqual({ requestRate: 2, promptTokens: { mean: 700, p50: 700, p90: 700, p99: 700, max: null }, outputTokens: { mean: 90, p50: 90, p90: 90, p99: 90, max: null }, loadRun: { rate: 5 } });
    expect(data.engineConfig).toContainEqual({ flag: "max_num_seqs", value: 64, origin: "user" });
    expect(data.engineConfig).toContainEqual({ flag: "block_size", value: "32", origin: "cache_config_info" });
  });

  it("takes cache_config_info from the first engine by instance, without the series' own labels", () => {
    expect(configFromLabels(info.engine)).toEqual([
      { flag: "block_size", value: "32", origin: "cache_config_info" }, { flag: "gpu_memory_utilization", value: "0.5", origin: "cache_config_info" },
    ]);
  });

  it("narrows to the requested model and instance and says so when the scope has no data", async () => {
    const empty = fakeSource((_k, s) => (s.by === "instance" ? { kind: "ok", data: [], notes: [] } : one(1)(s)));
    await expect(captureSnapshot({ source: empty, now: () => END, slo }, { name: "n", windowSeconds: 60, model: "m", instance: "h:1" }))
      .rejects.toThrow(NoDataError);
    await expect(captureSnapshot({ source: empty, now: () => END, slo }, { name: "n", windowSeconds: 60, model: "m" })).rejects.toThrow(/model "m"/);
    const src = source();
    const s = await captureSnapshot({ source: src, now: () => END, slo }, { name: "n", windowSeconds: 60, model: "m", instance: "a:1" });
    expect(s.scope).toEqual({ model: "m", instances: ["a:1"] });
    expect(src.instantCalls.every((c) => c.scope.model === "m" && c.scope.instance === "a:1" && c.atMs === END && c.windowSeconds === 60)).toBe(true);
  });

  it("leaves token summaries null where the backend has no token histogram", () => {
    const s = assembleSnapshot(
      { name: "n", model: null, instance: null, startMs: END - 1000, endMs: END, flavor: "sglang", slo },
      { signals: SIGNAL_QUERIES.map(() => ({ kind: "ok", data: [], notes: [] })), slos: [{ kind: "unsupported", reason: "no" }, { kind: "ok", data: [], notes: [] }], histograms: [], tokens: { prompt: { unsupported: "no" }, output: { unsupported: "no" } }, info: { engine: [], gpu: [] }, instances: ["a:1"] },
    );
    expect(s.workload).toMatchObject({ requestRate: null, promptTokens: null, outputTokens: null });
    expect(s.slos).toEqual([{ signal: "itl", thresholdSeconds: 0.1, attainment: null }]);
    expect(s.histograms).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { holds } from "../evidence.ts";
import type { Observation } from "../observation.ts";
import { observe } from "../test-support/observe.ts";
import { health } from "./health.ts";
import { HEALTH_STATES, type HealthState } from "./states.ts";
import { DEFAULT_HEALTH_THRESHOLDS } from "./thresholds.ts";

const GiB = 1024 ** 3;
/** A busy, healthy server: every check has its data and none fires. */
const serving = {
  request_rate: 5, error_rate: 0.001, kv_cache_usage: 0.5, preemption_rate: 0, waiting: 0, running: 20,
  gpu_util: 0.8, vram_used: 72 * GiB, vram_total: 80 * GiB, ttft: { p95: 0.4 }, itl: { p95: 0.03 }, queue_time: { p95: 0.01 },
} as const;
const at = (current: object, extra: Parameters<typeof observe>[0] = {}): Observation =>
  observe({ ...extra, current: { ...serving, ...current }, previous: { ...serving, ...extra.previous } });

describe("health", () => {
  it.each<[string, Observation, HealthState]>([
    ["healthy when every value sits inside its threshold", at({}), "healthy"],
    ["BACKEND DOWN when the scrape fails, before anything else", at({ error_rate: 0.5 }, { backend: { up: false } }), "backend_down"],
    ["not down when up is unknown yet", at({}, { backend: { up: null } }), "healthy"],
    ["NO DATA when no sample ever arrived", at({}, { backend: { lastSampleAt: null } }), "no_data"],
    ["NO DATA when the newest sample is 61 s old (over 60 s)", at({}, { backend: { lastSampleAt: 10_000 - 61 } }), "no_data"],
    ["fresh at exactly 60 s old", at({}, { backend: { lastSampleAt: 10_000 - 60 } }), "healthy"],
    ["ERRORS above 2 %", at({ error_rate: 0.021 }), "errors"],
    ["no ERRORS at exactly 2 %", at({ error_rate: 0.02 }), "healthy"],
    ["ERRORS against the availability SLO's budget (99.9 % → 0.1 %)", at({ error_rate: 0.002 }, { settings: { slo: { availability: 0.999 } } }), "errors"],
    ["KV CACHE PRESSURE above 90 %", at({ kv_cache_usage: 0.91 }), "kv_cache_pressure"],
    ["no KV pressure at exactly 90 %", at({ kv_cache_usage: 0.9 }), "healthy"],
    ["ERRORS outrank KV pressure", at({ kv_cache_usage: 0.95, error_rate: 0.1 }), "errors"],
    ["PREEMPTING above 0.1/s", at({ preemption_rate: 0.11 }), "preempting"],
    ["no PREEMPTING at exactly 0.1/s", at({ preemption_rate: 0.1 }), "healthy"],
    ["LATENCY SLO BREACH when TTFT p95 exceeds the target", at({ ttft: { p95: 0.51 } }, { settings: { slo: { ttftP95Seconds: 0.5 } } }), "latency_slo_breach"],
    ["no breach at exactly the TTFT target", at({ ttft: { p95: 0.5 } }, { settings: { slo: { ttftP95Seconds: 0.5 } } }), "healthy"],
    ["LATENCY SLO BREACH on ITL p95", at({ itl: { p95: 0.06 } }, { settings: { slo: { itlP95Seconds: 0.05 } } }), "latency_slo_breach"],
    ["no breach without targets, however slow", at({ ttft: { p95: 30 } }), "healthy"],
    ["QUEUE BUILDING when waiting grew by ≥ 1 and ≥ 10 %", at({ waiting: 12 }, { previous: { waiting: 10 } }), "queue_building"],
    ["no queue when it grew less than 10 % (10 → 10.9)", at({ waiting: 10.9 }, { previous: { waiting: 10 } }), "healthy"],
    ["QUEUE BUILDING at exactly +1 from 2 (the 1-request floor)", at({ waiting: 3 }, { previous: { waiting: 2 } }), "queue_building"],
    ["no queue under 1 waiting, even growing", at({ waiting: 0.9 }, { previous: { waiting: 0 } }), "healthy"],
    ["QUEUE BUILDING on a steady queue with queue time p95 at 1 s", at({ waiting: 5, queue_time: { p95: 1 } }, { previous: { waiting: 5 } }), "queue_building"],
    ["no queue on a steady queue with queue time p95 under 1 s", at({ waiting: 5, queue_time: { p95: 0.99 } }, { previous: { waiting: 5 } }), "healthy"],
    ["MEMORY BOUND: VRAM 92 %, GPU 40 %, KV 80 %", at({ vram_used: 73.6 * GiB, gpu_util: 0.4, kv_cache_usage: 0.8 }), "memory_bound"],
    ["not memory bound at exactly 50 % GPU (then underutilization is not either)", at({ vram_used: 73.6 * GiB, gpu_util: 0.5, kv_cache_usage: 0.8 }), "healthy"],
    ["not memory bound with VRAM at exactly 90 %", at({ vram_used: 72 * GiB, gpu_util: 0.4, kv_cache_usage: 0.8 }), "healthy"],
    ["not memory bound when KV use is under 70 % (vLLM's preallocation)", at({ vram_used: 73.6 * GiB, gpu_util: 0.4, kv_cache_usage: 0.69 }), "healthy"],
    ["MEMORY BOUND on VRAM alone where KV is unsupported", at({ vram_used: 73.6 * GiB, gpu_util: 0.4, kv_cache_usage: "unsupported" }), "memory_bound"],
    ["GPU UNDERUTILIZED under 30 % while serving", at({ gpu_util: 0.29 }), "gpu_underutilized"],
    ["not underutilized at exactly 30 %", at({ gpu_util: 0.3 }), "healthy"],
    ["NO TRAFFIC under 0.01 req/s with nothing running", at({ request_rate: 0.009, running: 0, gpu_util: 0 }), "no_traffic"],
    ["not idle at exactly 0.01 req/s (then the GPU is underutilized)", at({ request_rate: 0.01, running: 0, gpu_util: 0 }), "gpu_underutilized"],
    ["not idle while requests still run", at({ request_rate: 0, running: 2 }), "healthy"],
    ["healthy when nothing but freshness is known", observe(), "healthy"],
  ])("%s", (_name, o, state) => {
    expect(health(o).state).toBe(state);
  });

  it("cites evidence that holds, and lists the other states that hold too", () => {
    const h = health(at({ kv_cache_usage: 0.95, preemption_rate: 0.5, gpu_util: 0.2 }));
    expect(h).toMatchObject({ state: "kv_cache_pressure", title: "KV CACHE PRESSURE", severity: "warning" });
    expect(h.also).toEqual(["preempting", "gpu_underutilized"]);
    expect(h.reason).toContain("95 %");
    for (const e of h.evidence) if (typeof e.value === "number") expect(holds(e.value, e.comparison, Number(e.threshold))).toBe(true);
  });

  it("lists nothing else when the data is stale", () => {
    expect(health(at({ error_rate: 0.5 }, { backend: { lastSampleAt: 0 } })).also).toEqual([]);
  });

  it("takes thresholds as an argument", () => {
    expect(health(at({ kv_cache_usage: 0.85 }), { ...DEFAULT_HEALTH_THRESHOLDS, kvCacheUsage: 0.8 }).state).toBe("kv_cache_pressure");
  });

  it("orders states most severe first and ends with HEALTHY", () => {
    expect(HEALTH_STATES[0]).toBe("backend_down");
    expect(HEALTH_STATES.at(-1)).toBe("healthy");
  });
});

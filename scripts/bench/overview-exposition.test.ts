import { createPromClient } from "@throtl/prom";
import { type PrometheusProcess, startPrometheus } from "@throtl/prom/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseExposition, renderAt, valueAt } from "./overview-exposition.ts";
import { backfill } from "./overview-remote-write.ts";
import { instanceHistory } from "./overview-bench.ts";
import { toCapture, type CapturedRequest } from "./overview-capture.ts";

const BODY = `# HELP vllm:num_requests_running Running.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="m"} 3.0
# TYPE vllm:generation_tokens counter
vllm:generation_tokens_total{engine="0",model_name="m"} 600.0
vllm:generation_tokens_created{engine="0",model_name="m"} 1.7e9
# TYPE vllm:ttft_seconds histogram
vllm:ttft_seconds_bucket{le="0.1",model_name="m"} 2.0
vllm:ttft_seconds_bucket{le="+Inf",model_name="m"} 5.0
vllm:ttft_seconds_count{model_name="m"} 5.0
vllm:ttft_seconds_sum{model_name="m"} 1.5
DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1",Hostname="h"} 301.5 1700000000000
`;

const T = 1_700_000_000_000;
const e = parseExposition(BODY, T, T - 600_000);
const byName = (name: string) => e.series.find((s) => s.name === name)!;

describe("the fake's body as a function of time", () => {
  it("grows cumulative series from 0 to their template value and keeps the rest", () => {
    const total = byName("vllm:generation_tokens_total");
    expect(valueAt(e, total, T - 600_000, 1)).toBe(0);
    expect(valueAt(e, total, T - 300_000, 1)).toBe(300);
    expect(valueAt(e, total, T, 1)).toBe(600);
    expect(valueAt(e, total, T + 600_000, 0.5)).toBe(600);
    for (const name of ["vllm:num_requests_running", "vllm:generation_tokens_created", "DCGM_FI_DEV_POWER_USAGE"]) {
      expect(valueAt(e, byName(name), T - 500_000, 1.5)).toBe(byName(name).value);
    }
    expect(byName("DCGM_FI_DEV_POWER_USAGE").labels).toEqual([["gpu", "0"], ["UUID", "GPU-1"], ["Hostname", "h"]]);
  });

  it("keeps buckets cumulative and _count equal to the +Inf bucket at any time and pace", () => {
    const [b01, inf, count] = e.series.filter((s) => s.name.startsWith("vllm:ttft_seconds_") && s.name !== "vllm:ttft_seconds_sum");
    for (const at of [T - 599_000, T - 1, T + 3_600_000]) {
      expect(valueAt(e, b01!, at, 0.7)).toBeLessThanOrEqual(valueAt(e, inf!, at, 0.7));
      expect(valueAt(e, count!, at, 0.7)).toBe(valueAt(e, inf!, at, 0.7));
    }
  });

  it("renders a body with the template's comments and samples", () => {
    const again = parseExposition(renderAt(e, T, 1), T, T - 600_000);
    expect(again.series.map((s) => [s.prefix, s.value])).toEqual(e.series.map((s) => [s.prefix, s.value]));
    expect(renderAt(e, T, 1)).toContain("# TYPE vllm:ttft_seconds histogram\n");
  });

  it("rejects a line that is not a sample", () => {
    expect(() => parseExposition("vllm:x{a=\"1\"}\n", T, T - 1)).toThrow(/not a sample line/);
  });
});

describe("the loader's waves from a capture", () => {
  const r = (startMs: number, endMs: number): CapturedRequest => ({ method: "GET", path: "/api/v1/query", params: [], startMs, endMs });
  it("puts what was sent before the first answer first, the rest at their peak concurrency", () => {
    const c = toCapture([r(0, 5), r(1, 6), r(7, 20), r(7, 9), r(8, 12), r(10, 15), r(16, 18)]);
    expect(c.waves.map((w) => [w.requests.length, w.concurrency])).toEqual([[2, 2], [5, 3]]);
  });
});

describe("history through remote write, into a real Prometheus", () => {
  let prom: PrometheusProcess;
  beforeAll(async () => {
    prom = await startPrometheus({ extraArgs: ["--web.enable-remote-write-receiver"], waitForTargets: "none" });
  });
  afterAll(() => prom?.stop());

  it("stores every sample at its time with the instance's labels", async () => {
    const to = Math.floor(Date.now() / 5000) * 5000;
    const live = parseExposition(BODY, to, to - 3_600_000);
    const series = [...instanceHistory(live, "throtl-engine", "127.0.0.1:1", 1), ...instanceHistory(live, "throtl-engine", "127.0.0.1:2", 2)];
    // 70 min: more than the head's 1 h tolerance, so the windows must go in time order.
    const samples = await backfill(prom.url, series, to - 70 * 60_000, to, 5000, 3);
    expect(samples).toBe(series.length * 840);
    const client = createPromClient({ baseUrl: prom.url, timeoutMs: 10_000 });
    const count = await client.query('count_over_time(vllm:generation_tokens_total{instance="127.0.0.1:2",job="throtl-engine"}[2h])', to);
    expect(count.data.resultType === "vector" && count.data.result[0]?.value?.value).toBe(840);
    const at = to - 30 * 60_000;
    const v = await client.query('vllm:generation_tokens_total{instance="127.0.0.1:2"}', at);
    expect(v.data.resultType === "vector" && v.data.result[0]?.value?.value).toBeCloseTo(valueAt(live, live.series[1]!, at, 2), 6);
    const rate = await client.query('sum(rate(vllm:generation_tokens_total[10m]))', to);
    // 600 tokens an hour at pace 1 plus 1200 at pace 2.
    expect(rate.data.resultType === "vector" && rate.data.result[0]?.value?.value).toBeCloseTo(1800 / 3600, 6);
  }, 60_000);
});

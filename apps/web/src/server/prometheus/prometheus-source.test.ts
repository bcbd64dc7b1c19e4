import { createPromClient } from "@throtl/prom";
import { describe, expect, it } from "vitest";
import { isSourceUnavailable } from "../data-source.ts";
import { createPrometheusSource } from "./prometheus-source.ts";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const vector = (result: unknown[]) => json(200, { status: "success", data: { resultType: "vector", result } });

function source(fetch: (url: string) => Promise<Response>) {
  const errors: string[] = [];
  const client = createPromClient({ baseUrl: "http://127.0.0.1:9090", timeoutMs: 1000, fetch: (input) => fetch(String(input instanceof Request ? input.url : input)) });
  return { errors, source: createPrometheusSource({ client, flavor: "vllm", params: {}, onQueryError: (k) => errors.push(k) }) };
}
const at = { scope: { by: "instance" as const }, windowSeconds: 300, atMs: 1_700_000_000_000 };

describe("Prometheus data source", () => {
  it("groups an instant vector by instance and drops NaN (no data) instead of showing it", async () => {
    const { source: s } = source(async () => vector([
      { metric: { instance: "a:1" }, value: [1_700_000_000, "4"] },
      { metric: { instance: "b:1" }, value: [1_700_000_000, "NaN"] },
    ]));
    expect(await s.instant([{ signal: "running" }], at)).toEqual([{ kind: "ok", data: [{ group: "a:1", value: 4 }], notes: [] }]);
  });

  it("answers 'unsupported' from the catalog without asking Prometheus", async () => {
    let calls = 0;
    const { source: s } = source(async () => { calls++; return vector([]); });
    const [o] = await s.instant([{ signal: "cost_per_1k_tokens" }], at);
    expect(o).toMatchObject({ kind: "unsupported", reason: expect.stringContaining("gpu_hourly_usd") });
    expect(calls).toBe(0);
  });

  it("turns a rejected query into that question's error and counts it", async () => {
    const { source: s, errors } = source(async () => json(400, { status: "error", errorType: "bad_data", error: "parse error" }));
    const [o] = await s.instant([{ signal: "running" }], at);
    expect(o).toMatchObject({ kind: "error", message: expect.stringContaining("parse error") });
    expect(errors).toEqual(["query"]);
  });

  it("a target Prometheus has not scraped yet (health unknown) is neither up nor down", async () => {
    const target = (health: string, lastScrape: string) => ({
      discoveredLabels: { __address__: "a:1" }, labels: { instance: "a:1", job: "vllm" }, scrapePool: "vllm", scrapeUrl: "http://a:1/metrics",
      globalUrl: "http://a:1/metrics", lastError: "", lastScrape, lastScrapeDuration: 0, health, scrapeInterval: "1s", scrapeTimeout: "1s",
    });
    const answer = (health: string, lastScrape: string) =>
      source(async () => json(200, { status: "success", data: { activeTargets: [target(health, lastScrape)], droppedTargets: [] } })).source.targets(["a:1"]);
    expect(await answer("unknown", "0001-01-01T00:00:00Z")).toMatchObject({ up: null, lastScrapeMs: null, targets: [] });
    expect(await answer("down", "2026-12-01T09:00:00Z")).toMatchObject({ up: false, lastScrapeMs: null });
    expect(await answer("up", "2026-12-01T09:00:00Z")).toMatchObject({ up: true, lastScrapeMs: Date.parse("2026-12-01T09:00:00Z") });
  });

  it("fails the whole load with a typed error when Prometheus is unreachable", async () => {
    const { source: s } = source(async () => { throw Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }); });
    const err = await s.instant([{ signal: "running" }, { signal: "waiting" }], at).catch((e: unknown) => e);
    expect(isSourceUnavailable(err)).toBe(true);
    expect(String(err)).toMatch(/Prometheus unreachable/);
  });
});

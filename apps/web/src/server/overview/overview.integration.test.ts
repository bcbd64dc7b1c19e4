// The overview loader end to end, both modes, against the fake vLLM backend and its fake DCGM
// exporter under a small steady load, all on 127.0.0.1: direct mode scrapes them itself, Prometheus
// mode reads a real Prometheus (/usr/bin/prometheus) scraping them. One Prometheus for the file (~6 s).
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { createPromClient } from "@throtl/prom";
import { type PrometheusProcess, startPrometheus } from "@throtl/prom/testing";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TileView } from "../../data/tiles.ts";
import { createDirectSource } from "../direct/direct-source.ts";
import { createPoller, type Poller } from "../direct/poller.ts";
import { createLastGood } from "../last-good.ts";
import { createPrometheusSource } from "../prometheus/prometheus-source.ts";
import { startSteadyLoad, type SteadyLoad } from "../testing/steady-load.ts";
import type { DataSource } from "../data-source.ts";
import { loadOverview, type OverviewView } from "./load-overview.ts";

let backend: FakeBackend;
let load: SteadyLoad;
let poller: Poller;
let prom: PrometheusProcess | undefined;
let address = "";
let dcgmAddress = "";

const state = { range: "5m", refresh: "off", model: undefined, instance: undefined } as const;
const deps = (source: DataSource) => ({
  source, now: Date.now, slo: { ttftSeconds: 0.5, itlSeconds: 0.1 }, gpu: {},
  defaults: { range: "1h", refresh: "15s" } as const, lastGood: createLastGood<OverviewView>(),
});
const tile = (v: OverviewView, id: string): TileView => v.tiles.find((t) => t.id === id)!;

beforeAll(async () => {
  backend = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, dcgmPort: 0, seed: 7 });
  await backend.start();
  address = new URL(backend.url).host;
  dcgmAddress = new URL(backend.dcgmUrl!).host;
  load = startSteadyLoad(backend.url);
  poller = createPoller({ engines: [{ address }], dcgm: [{ address: dcgmAddress, instance: address }], intervalMs: 500, timeoutMs: 2_000, retentionMs: 600_000 });
  poller.start();
  prom = await startPrometheus({
    scrapeTargets: [{ job: "vllm", targets: [address] }, { job: "dcgm", targets: [dcgmAddress], labels: { instance: address } }],
  });
});

/** Retries until the view passes (rates need two scrapes; a busy CI machine may need more), ≤ 20 s. */
async function eventually(load: () => Promise<OverviewView>, check: (v: OverviewView) => void): Promise<OverviewView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const view = await load();
    try {
      check(view);
      return view;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(1_000);
    }
  }
}

afterAll(async () => {
  poller?.stop();
  await load?.stop();
  await prom?.stop();
  await backend?.close();
});

function expectLiveNumbers(view: OverviewView): void {
  expect(view.status).toEqual({ kind: "live" });
  expect(view.models).toEqual([backend.config.servedModelName]);
  expect(view.instances).toEqual([address]);
  for (const id of ["request_rate", "generation_tokens_rate", "ttft", "itl", "kv_cache_usage", "gpu_util", "vram_used", "power"]) {
    expect(tile(view, id), id).toMatchObject({ status: "ok" });
  }
  expect(Number(tile(view, "generation_tokens_rate").primary.text.replace(/k$/, ""))).toBeGreaterThan(0);
  expect(tile(view, "cost_per_1k_tokens")).toMatchObject({ status: "unsupported", reason: expect.stringContaining("gpu_hourly_usd") });
  expect(view.health.state).not.toMatch(/NO DATA|DOWN|UNREACHABLE/);
  const tokens = view.charts.find((c) => c.id === "tokens")!;
  expect(tokens.status).toBe("ok");
  expect(tokens.series[0]!.values.some((v) => v !== null && v > 0)).toBe(true);
  expect(tokens.series[0]!.values.at(0)).toBeNull(); // before the backend existed: a gap, not 0
}

describe("overview from a real scrape", () => {
  it("direct mode: numbers, GPU signals from the DCGM exporter, health line", async () => {
    const source = createDirectSource({ flavor: "vllm", params: {}, poller, targets: [address] });
    await eventually(() => loadOverview(deps(source), state, []), expectLiveNumbers);
  });

  it("Prometheus mode: the same tiles from PromQL, then the last good data when Prometheus goes away", async () => {
    const client = createPromClient({ baseUrl: prom!.url, timeoutMs: 3_000 });
    const d = deps(createPrometheusSource({ client, flavor: "vllm", params: {} }));
    await eventually(() => loadOverview(d, state, []), expectLiveNumbers);
    await prom!.stop();
    const stale = await loadOverview(d, state, []);
    expect(stale.status).toMatchObject({ kind: "stale", message: expect.stringContaining("Prometheus unreachable") });
    expect(tile(stale, "request_rate").status).toBe("ok");
  });
});

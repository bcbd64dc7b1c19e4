// The overview's health states in Chromium against the real stack: a fake vLLM with a tiny KV cache
// (and its fake DCGM exporter), a real Prometheus scraping both every second, and the built panel.
// In order, on one stack: live numbers equal Prometheus' own answers; a long-output load fills the
// KV cache (KV CACHE PRESSURE / PREEMPTING with the flag to change); Prometheus stops and returns;
// the backend stops (BACKEND DOWN). Each state leaves a full-page screenshot in artifacts/e2e/.
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { type PrometheusProcess, startPrometheus } from "@throtl/prom/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ageText } from "../src/data/status.ts";
import { startSteadyLoad, type SteadyLoad } from "../src/server/testing/steady-load.ts";
import { launchChromium } from "./support/browser.ts";
import { healthState, loadedAtMs, reloadUntil, saveScreenshot } from "./support/page-poll.ts";
import { type Panel, startPanel } from "./support/panel.ts";
import { type PressureLoad, startPressureLoad } from "./support/pressure-load.ts";
import { compareTilesWithPrometheus } from "./support/tile-numbers.ts";

// The shortest range: its 5-minute window reacts within seconds to a new state.
const RANGE_SECONDS = 300;
const PATH = "/?range=5m";

let backend: FakeBackend;
let steady: SteadyLoad | undefined;
let pressure: PressureLoad | undefined;
let prom: PrometheusProcess;
let panel: Panel;
let browser: Browser;
let page: Page;
let url = "";

beforeAll(async () => {
  // 0.22 of an H100 leaves 326 KV blocks (5,216 tokens) next to Llama-3.1-8B's weights: a few
  // dozen long requests fill it.
  backend = createFakeBackend({
    engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", gpuMemoryUtilization: 0.22, maxModelLen: 2048 },
    tokenizer: "approx", port: 0, dcgmPort: 0, seed: 11,
  });
  await backend.start();
  const address = new URL(backend.url).host;
  steady = startSteadyLoad(backend.url);
  prom = await startPrometheus({
    scrapeInterval: "1s",
    scrapeTargets: [{ job: "vllm", targets: [address] }, { job: "dcgm", targets: [new URL(backend.dcgmUrl!).host], labels: { instance: address } }],
  });
  [panel, browser] = await Promise.all([startPanel({ PROMETHEUS_URL: prom.url, THROTL_DEFAULT_REFRESH: "off" }), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  url = `${panel.url}${PATH}`;
});

afterAll(async () => {
  await browser?.close();
  await panel?.stop();
  await Promise.all([steady?.stop(), pressure?.stop()]);
  await prom?.stop();
  await backend?.close();
});

const hasNumbers = async () => ((await page.locator('[data-tile="ttft"][data-status="ok"]').count()) > 0 ? true : undefined);

describe("the overview's health states against fake vLLM + Prometheus", () => {
  it("shows the numbers Prometheus gives for the same queries at the page's evaluation time", async () => {
    await reloadUntil(page, url, hasNumbers, { what: "TTFT numbers", timeoutMs: 30_000 });
    // A scrape that lands while the panel queries can be in Prometheus' answer a moment later:
    // compare again on a fresh load (bounded) rather than accept a difference.
    let check = await compareTilesWithPrometheus(page, prom.url, RANGE_SECONDS);
    for (let attempt = 1; check.mismatches.length > 0 && attempt < 3; attempt++) {
      await page.goto(url);
      check = await compareTilesWithPrometheus(page, prom.url, RANGE_SECONDS);
    }
    expect(check.mismatches, check.compared.join("\n")).toEqual([]);
    expect(check.compared.length).toBe(22);
    await saveScreenshot(page, "live");
  });

  it("a long-output load on a tiny KV cache turns the health line to KV pressure and recommends the flags to change", async () => {
    await steady?.stop();
    steady = undefined;
    pressure = startPressureLoad(backend.url, { concurrency: 48, maxTokens: 1500 });
    // The rules need preemptions as well as a full cache: ≥ 0.1/s over the 5-minute window.
    const state = await reloadUntil(page, url, async () => {
      const s = await healthState(page);
      const fired = await page.locator('[data-recommendation="lower-max-num-seqs"]').count();
      return /^(KV CACHE PRESSURE|PREEMPTING)$/.test(s) && fired > 0 ? s : undefined;
    }, { what: "KV CACHE PRESSURE / PREEMPTING with a --max-num-seqs recommendation", timeoutMs: 90_000, everyMs: 2_000 });
    expect(["KV CACHE PRESSURE", "PREEMPTING"]).toContain(state);
    expect(await page.locator("[data-health]").getAttribute("data-health")).toMatch(/warn|bad/);
    const row = page.locator('[data-recommendation="lower-max-num-seqs"]');
    expect(await row.locator("code").innerText()).toBe("--max-num-seqs");
    // vLLM's cache_config_info does not carry max_num_seqs, so its current value reads "unknown";
    // it does carry gpu_memory_utilization, and DCGM shows the VRAM left free.
    expect(await row.innerText()).toMatch(/--max-num-seqs (unknown|\d+) → \d+/);
    const raise = page.locator('[data-recommendation="raise-gpu-memory-utilization"]');
    expect(await raise.locator("code").innerText()).toBe("--gpu-memory-utilization");
    expect(await raise.innerText()).toMatch(/--gpu-memory-utilization 0\.22 → 0\.\d+/);
    await saveScreenshot(page, "kv-cache-pressure");
  });

  it("a stopped Prometheus gives a banner with the age of the last data, no error page, and the page recovers", async () => {
    await reloadUntil(page, url, hasNumbers, { what: "live numbers before the outage", timeoutMs: 10_000 });
    const lastGoodMs = await loadedAtMs(page);
    await prom.restart(async () => {
      const banner = await reloadUntil(page, url, async () => ((await page.locator("[data-banner]").count()) > 0 ? page.locator("[data-banner]").innerText() : undefined), {
        what: "the outage banner", timeoutMs: 15_000,
      });
      // The age is that of the last load that reached Prometheus (the one just before it stopped).
      expect(banner).toContain(`Data source unreachable — showing data from ${ageText((await loadedAtMs(page)) - lastGoodMs)} ago.`);
      expect(banner).toMatch(/Prometheus unreachable/);
      expect(await page.locator("[data-banner]").getAttribute("data-banner")).toBe("stale");
      // The last good numbers stay on screen under the banner.
      expect(await page.locator('[data-tile="generation_tokens_rate"] [data-value]').innerText()).toMatch(/\d/);
      await saveScreenshot(page, "prometheus-down");
    });
    // Until Prometheus has rediscovered its targets (about 5 s after a start) the health line says
    // NO DATA: the scrape times it is judged by are unknown.
    const state = await reloadUntil(page, url, async () => {
      const live = (await page.locator("[data-banner]").count()) === 0 && (await hasNumbers());
      const s = await healthState(page);
      return live && !/UNREACHABLE|NO DATA/.test(s) ? s : undefined;
    }, { what: "a live page with a health state after Prometheus returned", timeoutMs: 30_000 });
    expect(["KV CACHE PRESSURE", "PREEMPTING"]).toContain(state);
    await saveScreenshot(page, "prometheus-recovered");
  });

  it("a stopped backend shows BACKEND DOWN once Prometheus marks its target down", async () => {
    await pressure?.stop();
    pressure = undefined;
    await backend.close();
    await reloadUntil(page, url, async () => ((await healthState(page)) === "BACKEND DOWN" ? true : undefined), {
      what: "BACKEND DOWN", timeoutMs: 30_000,
    });
    expect(await page.locator("[data-health]").getAttribute("data-health")).toBe("bad");
    expect(await page.locator("[data-banner]").count()).toBe(0);
    await saveScreenshot(page, "backend-down");
  });
});

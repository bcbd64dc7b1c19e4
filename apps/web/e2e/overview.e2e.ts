// Smoke test of the built panel in a real browser, both data modes, against the fake vLLM backend
// and its fake DCGM exporter under a small load (everything on 127.0.0.1).
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { type PrometheusProcess, startPrometheus } from "@throtl/prom/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSteadyLoad, type SteadyLoad } from "../src/server/testing/steady-load.ts";
import { launchChromium } from "./support/browser.ts";
import { type Panel, startPanel } from "./support/panel.ts";

let backend: FakeBackend;
let load: SteadyLoad;
let prom: PrometheusProcess;
let promPanel: Panel;
let directPanel: Panel;
let browser: Browser;
let address = "";

beforeAll(async () => {
  backend = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, dcgmPort: 0, seed: 3 });
  await backend.start();
  address = new URL(backend.url).host;
  const dcgm = new URL(backend.dcgmUrl!).host;
  load = startSteadyLoad(backend.url);
  prom = await startPrometheus({ scrapeTargets: [{ job: "vllm", targets: [address] }, { job: "dcgm", targets: [dcgm], labels: { instance: address } }] });
  [promPanel, directPanel, browser] = await Promise.all([
    startPanel({ PROMETHEUS_URL: prom.url, THROTL_DEFAULT_REFRESH: "off" }),
    startPanel({ THROTL_TARGETS: address, THROTL_DCGM_TARGETS: `${dcgm}=${address}`, THROTL_DEFAULT_REFRESH: "off" }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([promPanel?.stop(), directPanel?.stop()]);
  await load?.stop();
  await prom?.stop();
  await backend?.close();
});

/** Reloads until the tile has a number: rates need two scrapes after start-up (bounded). */
async function openWithNumbers(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(url);
    if (await page.locator('[data-tile="generation_tokens_rate"][data-status="ok"]').count()) return;
    if (Date.now() > deadline) throw new Error(`no generated tokens/s on ${url} within 30 s:\n${await page.locator("main").innerText()}`);
    await page.waitForTimeout(1_000);
  }
}

async function expectOverview(page: Page): Promise<void> {
  for (const id of ["request_rate", "generation_tokens_rate", "running", "ttft", "kv_cache_usage", "gpu_util", "power"]) {
    await expect.poll(() => page.locator(`[data-tile="${id}"] [data-value]`).innerText(), { message: id }).toMatch(/\d/);
  }
  // Not configured here: the tile says why instead of showing 0.
  expect(await page.locator('[data-tile="cost_per_1k_tokens"]').innerText()).toMatch(/Not exported by this backend[\s\S]*gpu_hourly_usd/);
  const health = await page.locator("[data-health-state]").innerText();
  expect(health).toMatch(/^[A-Z ]+$/);
  expect(health).not.toMatch(/NO DATA|DOWN|UNREACHABLE/);
  // Charts render client-side (recharts): a line path, not only the server's empty wrapper.
  // Right after start-up the range may hold one point only: reload until a line is drawn (bounded).
  const curve = page.locator('[data-chart="tokens"] svg.recharts-surface path.recharts-curve');
  const deadline = Date.now() + 60_000;
  while ((await curve.count()) === 0) {
    if (Date.now() > deadline) throw new Error("no line in the tokens chart within 60 s");
    await page.waitForTimeout(2_000);
    if ((await curve.count()) === 0) await page.reload();
  }
}

describe("the built panel in Chromium", () => {
  it("Prometheus mode: numbers, the health line and charts on the overview", async () => {
    const page = await browser.newPage();
    await openWithNumbers(page, `${promPanel.url}/?range=5m`);
    await expectOverview(page);
    expect(await page.locator("footer").innerText()).toContain("Prometheus at");
    await page.close();
  });

  it("direct mode: the same overview from the panel's own scrapes", async () => {
    const page = await browser.newPage();
    await openWithNumbers(page, `${directPanel.url}/?range=5m`);
    await expectOverview(page);
    expect(await page.locator("footer").innerText()).toContain(`direct scrape of ${address}`);
    await page.close();
  });

  it("an invalid range falls back with a visible notice, and the range picker keeps the choice in the URL", async () => {
    const page = await browser.newPage();
    await page.goto(`${promPanel.url}/?range=7d`);
    expect(await page.locator("[data-notices]").innerText()).toContain('Ignored range="7d"');
    await page.getByRole("group", { name: "Range" }).getByRole("link", { name: "15m" }).click();
    await page.waitForURL(/range=15m/);
    expect(await page.locator('[aria-label="Range"] [aria-current="true"]').innerText()).toBe("15m");
    await page.close();
  });

  it("the theme toggle switches to dark and the choice survives a reload", async () => {
    const page = await browser.newPage({ colorScheme: "light" });
    await page.goto(`${promPanel.url}/?range=5m`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByRole("button", { name: "Switch color theme" }).click(); // system → light
    await page.getByRole("button", { name: "Switch color theme" }).click(); // light → dark
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await bg()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.close();
  });

  it("the fleet lists the instance with its state and a sparkline", async () => {
    const page = await browser.newPage();
    await page.goto(`${promPanel.url}/fleet?range=5m`);
    const row = page.locator(`[data-instance="${address}"]`);
    await row.waitFor();
    expect(await row.locator("td").first().innerText()).toMatch(/[A-Z]/);
    expect(await row.locator("svg path").count()).toBe(1);
    await page.close();
  });

  it("serves the overview JSON and its own metrics", async () => {
    const view = (await (await fetch(`${promPanel.url}/api/overview?range=5m`)).json()) as { status: { kind: string }; tiles: unknown[] };
    expect(view.status.kind).toBe("live");
    expect(view.tiles.length).toBeGreaterThan(10);
    const metrics = await (await fetch(`${promPanel.url}/metrics`)).text();
    expect(metrics).toMatch(/throtl_web_requests_total\{route="\/api\/overview"\} \d+/);
    expect(metrics).toMatch(/throtl_web_loader_duration_seconds_count\{loader="overview",mode="prometheus",outcome="live"\} \d+/);
  });

  it("a stopped Prometheus gives a banner with the age of the last good data, not an error page", async () => {
    await prom.stop();
    const page = await browser.newPage();
    const res = await page.goto(`${promPanel.url}/?range=5m`);
    expect(res?.status()).toBe(200);
    expect(await page.locator("[data-banner]").innerText()).toMatch(/unreachable — showing data from \d+ (s|min) ago/);
    await expect.poll(() => page.locator('[data-tile="generation_tokens_rate"] [data-value]').innerText()).toMatch(/\d/);
    await page.close();
  });
});

// Settings in the built panel, in Chromium, against a real Postgres and the fake vLLM backend with
// its fake DCGM exporter (direct mode, all on 127.0.0.1). Three panels: one with a migrated database,
// one whose DATABASE_URL points at a closed port, one without DATABASE_URL. Screenshots to artifacts/e2e/.
import { createTestDatabase, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { freePort } from "@throtl/prom/testing";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSteadyLoad, type SteadyLoad } from "../src/server/testing/steady-load.ts";
import { launchChromium } from "./support/browser.ts";
import { type Panel, startPanel } from "./support/panel.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "..", "artifacts", "e2e");

let backend: FakeBackend;
let load: SteadyLoad;
let postgres: TestPostgres;
let database: TestDatabase;
let stored: Panel;
let unreachable: Panel;
let envOnly: Panel;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  backend = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, dcgmPort: 0, seed: 5 });
  await backend.start();
  const address = new URL(backend.url).host;
  const live = { THROTL_TARGETS: address, THROTL_DCGM_TARGETS: `${new URL(backend.dcgmUrl!).host}=${address}`, THROTL_DEFAULT_REFRESH: "off" };
  load = startSteadyLoad(backend.url);
  postgres = await startTestPostgres();
  database = await createTestDatabase(postgres);
  const closedPort = await freePort(); // nothing listens there: connections are refused
  [stored, unreachable, envOnly, browser] = await Promise.all([
    startPanel({ ...live, DATABASE_URL: database.url }),
    startPanel({ ...live, DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/throtl` }),
    startPanel(live),
    launchChromium(),
  ]);
  await databaseAnswers(stored);
});

/** The first read loads Prisma's client, slow on a busy machine: wait until the panel reads the database (bounded). */
async function databaseAnswers(panel: Panel): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = "";
  while (Date.now() < deadline) {
    const body = (await (await fetch(`${panel.url}/api/settings`)).json()) as { database: { state: string } };
    if (body.database.state === "ok") return;
    last = JSON.stringify(body.database);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the panel did not read its database within 30 s: ${last}`);
}

afterAll(async () => {
  await browser?.close();
  await Promise.all([stored?.stop(), unreachable?.stop(), envOnly?.stop()]);
  await database?.drop();
  await postgres?.stop();
  await load?.stop();
  await backend?.close();
});

/** Reloads until the tile has a number: rates need two scrapes after start-up (bounded). */
async function openWithNumbers(page: Page, url: string, tile = "generation_tokens_rate"): Promise<void> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    await page.goto(url);
    if (await page.locator(`[data-tile="${tile}"][data-status="ok"]`).count()) return;
    if (Date.now() > deadline) throw new Error(`no ${tile} on ${url} within 45 s:\n${await page.locator("main").innerText()}`);
    await page.waitForTimeout(1_000);
  }
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    const field = page.locator(`[name="${key}"]`);
    if (key === "refresh") await field.selectOption(value);
    else await field.fill(value);
  }
}

interface SettingsBody { database: { state: string; message?: string }; stored: Record<string, unknown> | null; effective: Record<string, unknown> }

/** GET /api/settings, which must have read the database. */
async function apiSettings(panel: Panel): Promise<SettingsBody> {
  const body = (await (await fetch(`${panel.url}/api/settings`)).json()) as SettingsBody;
  expect(body.database, JSON.stringify(body.database)).toEqual({ state: "ok" });
  return body;
}

describe("settings in the built panel", () => {
  it("refuses out-of-range values beside each field and saves nothing", async () => {
    const page = await browser.newPage();
    await page.goto(`${stored.url}/settings`);
    await fill(page, { ttftP95Seconds: "0", availability: "0.5", gpuHourlyUsd: "-1", gpuCount: "2000", itlP95Seconds: "0.05" });
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.locator('[data-settings-form="invalid"]').waitFor();
    const errorOf = (key: string) => page.locator(`[data-error-for="${key}"]`).innerText();
    expect(await errorOf("ttftP95Seconds")).toBe("must be between 0.001 and 600");
    expect(await errorOf("availability")).toBe("must be between 0.9 and 0.99999");
    expect(await errorOf("gpuHourlyUsd")).toBe("must be between 0 and 10000");
    expect(await errorOf("gpuCount")).toBe("must be between 1 and 1024");
    expect(await page.locator('[data-error-for="itlP95Seconds"]').count()).toBe(0);
    expect(await page.locator('[name="gpuCount"]').inputValue()).toBe("2000"); // what was typed stays, to correct it
    expect(await page.locator("[data-form-message]").innerText()).toMatch(/Nothing was saved/);
    await page.screenshot({ path: join(ARTIFACTS, "settings-invalid.png"), fullPage: true });
    expect((await apiSettings(stored)).stored).toMatchObject({ ttftP95Seconds: null, itlP95Seconds: null, gpuCount: null, updatedAt: null });
    await page.close();
  });

  it("saves valid values, keeps them across a reload, and the overview uses them (cost per 1K tokens, SLO threshold)", async () => {
    const page = await browser.newPage();
    await openWithNumbers(page, `${stored.url}/?range=5m`);
    expect(await page.locator('[data-tile="cost_per_1k_tokens"]').getAttribute("data-status")).not.toBe("ok");
    expect(await page.locator('[data-tile="slo"]').innerText()).toContain("TTFT ≤ 500 ms");

    await page.goto(`${stored.url}/settings`);
    await fill(page, { ttftP95Seconds: "0.75", itlP95Seconds: "", availability: "0.999", gpuHourlyUsd: "2.5", gpuCount: "8", refresh: "30s" });
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.locator('[data-settings-form="saved"]').waitFor();
    await page.goto(`${stored.url}/settings`); // a fresh load: a reload could show the browser's restored inputs
    for (const [key, value] of Object.entries({ ttftP95Seconds: "0.75", itlP95Seconds: "", availability: "0.999", gpuHourlyUsd: "2.5", gpuCount: "8", refresh: "30s" })) {
      expect(await page.locator(`[name="${key}"]`).inputValue(), key).toBe(value);
    }
    await page.screenshot({ path: join(ARTIFACTS, "settings-saved.png"), fullPage: true });
    expect((await apiSettings(stored)).effective).toEqual({ ttftP95Seconds: 0.75, itlP95Seconds: 0.1, availability: 0.999, gpuHourlyUsd: 2.5, gpuCount: 8, refresh: "30s" });

    // The overview reads settings at most every 5 s: reload until the cost tile has a number (bounded).
    await openWithNumbers(page, `${stored.url}/?range=5m`, "cost_per_1k_tokens");
    expect(await page.locator('[data-tile="cost_per_1k_tokens"] [data-value]').innerText()).toMatch(/\d/);
    expect(await page.locator('[data-tile="slo"]').innerText()).toContain("TTFT ≤ 750 ms");
    // The saved default refresh: the overview's refresh choice without one in the URL.
    expect(await page.locator('[aria-label="Auto-refresh"] [aria-current="true"]').innerText()).toBe("30s");
    await page.screenshot({ path: join(ARTIFACTS, "settings-overview-cost.png"), fullPage: true });
    await page.close();
  });

  it("answers a bad API body with the field paths, and nothing is written", async () => {
    const before = (await apiSettings(stored)).stored;
    const res = await fetch(`${stored.url}/api/settings`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ gpuCount: 1.5, refresh: "2s" }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(["gpuCount", "refresh"]);
    expect((await apiSettings(stored)).stored).toEqual(before);
  });

  it("with the database unreachable: a clear message on /settings, and the overview still shows live numbers", async () => {
    const page = await browser.newPage();
    await page.goto(`${unreachable.url}/settings`);
    expect(await page.locator('[data-settings-notice="unavailable"]').innerText()).toMatch(/settings database is unreachable/);
    expect(await page.locator("[data-settings-form]").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "settings-db-unreachable.png"), fullPage: true });
    await openWithNumbers(page, `${unreachable.url}/?range=5m`);
    expect(await page.locator("[data-notices]").innerText()).toMatch(/unreachable/);
    await page.close();
  });

  it("without DATABASE_URL: the environment's values, read-only, with a notice naming DATABASE_URL", async () => {
    const page = await browser.newPage();
    await page.goto(`${envOnly.url}/settings`);
    expect(await page.locator('[data-settings-notice="not_configured"]').innerText()).toContain("DATABASE_URL");
    expect(await page.locator('[data-setting="ttftP95Seconds"]').innerText()).toMatch(/500 ms\s+environment\s+THROTL_SLO_TTFT_SECONDS/);
    expect(await page.locator("[data-settings-form]").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "settings-env-only.png"), fullPage: true });
    const res = await fetch(`${envOnly.url}/api/settings`, { method: "PUT", body: "{}" });
    expect(res.status).toBe(503);
    await page.close();
  });
});

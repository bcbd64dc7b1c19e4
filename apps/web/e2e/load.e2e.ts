// The load page in Chromium against the built panel: a short run started from the form, its
// progress moving, the summary, attaching it to a stored snapshot (real Postgres), and cancel.
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { getSnapshot } from "@throtl/db";
import { createTestDatabase, createTestSnapshot, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type Panel, startPanel } from "./support/panel.ts";

let backend: FakeBackend;
let pg: TestPostgres;
let t: TestDatabase;
let panel: Panel;
let browser: Browser;

beforeAll(async () => {
  backend = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, host: "127.0.0.1", seed: 11 });
  await backend.start();
  pg = await startTestPostgres();
  t = await createTestDatabase(pg);
  const host = new URL(backend.url).host;
  [panel, browser] = await Promise.all([
    startPanel({ THROTL_TARGETS: host, THROTL_LOAD_TARGETS: `fake=${backend.url}`, THROTL_DEFAULT_REFRESH: "off", DATABASE_URL: t.url }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await panel?.stop();
  await t?.drop();
  await pg?.stop();
  await backend?.close();
});

/** The number before " / " in "Sent / planned". */
const sentOf = async (page: Page) => Number((await page.locator('[data-stat="requests"] [data-value]').innerText()).split("/")[0]);

async function fillRun(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) await page.locator(`#load-${id}`).fill(value);
}

describe("the load page", () => {
  it("starts a run from the form, shows its progress moving and then the summary; attaches it to a snapshot", async () => {
    const snap = await createTestSnapshot(t.db, { name: "before tuning" });
    const page = await browser.newPage();
    await page.goto(`${panel.url}/`);
    await page.getByRole("link", { name: "Load" }).click();
    await page.waitForURL(/\/load$/);
    await page.locator("[data-hydrated]").waitFor();
    await page.locator("#load-kind").selectOption("constant");
    await fillRun(page, { rate: "-1", durationSeconds: "8", promptTokens: "16", outputTokens: "32" });
    await page.getByRole("button", { name: "Start load run" }).click();
    await expect.poll(() => page.locator('[data-field-error="rate"]').innerText()).toMatch(/>0|positive|too small/i);

    await fillRun(page, { rate: "8" });
    await page.getByRole("button", { name: "Start load run" }).click();
    await page.locator('[data-run][data-status="running"]').waitFor();
    await page.waitForURL(/\/load\?run=/);
    const first = await sentOf(page);
    await expect.poll(() => sentOf(page), { timeout: 30_000 }).toBeGreaterThan(first);
    expect(await page.locator('[data-stat="requests"] [data-value]').innerText()).toMatch(/ \/ 64$/);
    await page.locator('[data-run][data-status="finished"]').waitFor({ timeout: 60_000 });
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await page.locator('[data-summary="completed"] dd').innerText()).toBe("64");
    expect(await page.locator('[data-latency="TTFT"]').innerText()).toMatch(/ms/);
    expect(await page.locator('[data-summary="slo-attainment"] dd').innerText()).toMatch(/%$/);
    expect(await page.locator('[data-chart="load-throughput"] svg path.recharts-curve').count()).toBeGreaterThan(0);

    await page.getByLabel("Snapshot").selectOption(snap.id);
    await page.getByRole("button", { name: "Attach" }).click();
    await expect.poll(() => page.locator("[data-attach-result]").innerText()).toMatch(/^Attached/);
    const stored = (await getSnapshot(t.db, snap.id)).workload.loadRun as { summary: { requests: { completed: number } }; source: { kind: string } };
    expect(stored.summary.requests.completed).toBe(64);
    expect(stored.source.kind).toBe("panel");
    await page.close();
  });

  it("replays the bundled Azure trace from the built panel (the trace files resolve outside the bundle)", async () => {
    const res = await fetch(`${panel.url}/api/load-runs`, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: "fake", workload: { kind: "trace", trace: "conv", speedup: 20, limit: 3 }, durationSeconds: 60, maxRequests: 10 }) });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await expect.poll(async () => ((await (await fetch(`${panel.url}/api/load-runs/${id}`)).json()) as { status: string }).status, { timeout: 60_000 }).toBe("finished");
    const run = (await (await fetch(`${panel.url}/api/load-runs/${id}`)).json()) as { spec: { workload: { limit: number } }; summary: { requests: { completed: number } } };
    expect(run.spec.workload.limit).toBe(3);
    expect(run.summary.requests.completed).toBe(3);
  });

  it("cancels a running closed-loop run and shows the partial summary", async () => {
    const page = await browser.newPage();
    await page.goto(`${panel.url}/load`);
    await page.locator("[data-hydrated]").waitFor();
    await page.locator("#load-kind").selectOption("concurrency");
    await fillRun(page, { concurrency: "2", durationSeconds: "300", promptTokens: "16", outputTokens: "64" });
    await page.getByRole("button", { name: "Start load run" }).click();
    await page.locator('[data-run][data-status="running"]').waitFor();
    await expect.poll(() => page.locator('[data-stat="completed"] [data-value]').innerText(), { timeout: 30_000 }).not.toBe("0");
    await page.getByRole("button", { name: "Cancel run" }).click();
    await page.locator('[data-run][data-status="cancelled"]').waitFor();
    expect(await page.locator("[data-run-summary] h2").innerText()).toMatch(/partial/);
    await expect.poll(() => page.locator("[data-recent-runs]").innerText()).toMatch(/Cancelled/);
    await page.close();
  });
});

// The snapshot pages of the built panel in Chromium, against a real Postgres holding two prepared
// snapshots (max_num_seqs 128 → 256, the candidate 20 % faster): list → detail → compare → saved
// comparison, a bad import file, unknown ids, and the panel without or with an unreachable database.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { snapshotFile, toJson, type Snapshot } from "@throtl/compare";
import { createTestDatabase, createTestSnapshot, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { freePort } from "@throtl/prom/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type Panel, startPanel } from "./support/panel.ts";

const shots = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "artifacts", "e2e");
let pg: TestPostgres;
let t: TestDatabase;
let panel: Panel;
let noDb: Panel;
let downDb: Panel;
let browser: Browser;
let base: Snapshot;
let candidate: Snapshot;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  pg = await startTestPostgres();
  t = await createTestDatabase(pg);
  const config = (n: string) => [{ flag: "max_num_seqs", value: n, origin: "cache_config_info" as const }, { flag: "gpu_memory_utilization", value: "0.9", origin: "cache_config_info" as const }];
  base = await createTestSnapshot(t.db, { name: "seqs 128", tags: ["e2e", "baseline"], engineConfig: config("128") }, { seed: 1 });
  candidate = await createTestSnapshot(t.db, { name: "seqs 256", tags: ["e2e"], engineConfig: config("256") }, { seed: 2, latencyScale: 0.8 });
  // No engine behind THROTL_TARGETS: these pages need only the database.
  const quiet = { THROTL_TARGETS: `127.0.0.1:${await freePort()}`, THROTL_DEFAULT_REFRESH: "off" };
  const closed = await freePort();
  [panel, noDb, downDb, browser] = await Promise.all([
    startPanel({ ...quiet, DATABASE_URL: t.url }),
    startPanel(quiet),
    startPanel({ ...quiet, DATABASE_URL: `postgresql://throtl:x@127.0.0.1:${closed}/throtl` }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([panel?.stop(), noDb?.stop(), downDb?.stop()]);
  await t?.drop();
  await pg?.stop();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  return page;
}

describe("snapshot pages in Chromium", () => {
  it("list → detail: both snapshots listed; the detail shows config with origins, values, quantiles and a histogram", async () => {
    const page = await open(`${panel.url}/snapshots`);
    expect(await page.locator("[data-snapshot]").count()).toBe(2);
    await page.screenshot({ path: join(shots, "snapshots-list.png"), fullPage: true });
    await page.getByRole("link", { name: "seqs 128" }).click();
    await page.waitForURL(`**/snapshots/${base.id}`);
    expect(await page.locator("[data-snapshot-name]").innerText()).toBe("seqs 128");
    expect(await page.locator('[data-config-flag="max_num_seqs"]').innerText()).toMatch(/max_num_seqs\s+128\s+cache_config_info/);
    expect(await page.locator('[data-signal="kv_cache_usage"]').innerText()).toMatch(/42%/);
    expect(await page.locator('[data-latency="ttft"]').innerText()).toMatch(/\d+(\.\d+)? ms/);
    await page.locator('[data-overlay="ttft-histogram"] .recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: join(shots, "snapshot-detail.png"), fullPage: true });
    await page.close();
  });

  it("the tag filter narrows the list", async () => {
    const page = await open(`${panel.url}/snapshots?tag=baseline`);
    expect(await page.locator("[data-snapshot]").count()).toBe(1);
    await page.close();
  });

  it("select two → compare: config diff, a better TTFT with its confidence, overlay charts; save gives a shareable URL", async () => {
    const page = await open(`${panel.url}/snapshots`);
    await page.getByLabel("Select seqs 128").check();
    await page.getByLabel("Select seqs 256").check();
    await page.locator("[data-compare-selected]").click();
    await page.waitForURL(`**/compare?base=${base.id}&candidate=${candidate.id}`);
    expect(await page.locator('[data-section="config-diff"] [data-config-flag="max_num_seqs"]').innerText()).toMatch(/max_num_seqs\s+128\s+→\s+256/);
    const p90 = page.locator('[data-row="ttft/p90"]');
    expect(await p90.locator("[data-verdict]").getAttribute("data-verdict")).toBe("better");
    expect(await p90.locator("[data-confidence]").innerText()).toMatch(/^95 % interval of the change: -[\d.]+ ms to -[\d.]+ ms \(bootstrap/);
    expect(await page.locator('[data-row="request_rate/value"] [data-verdict]').innerText()).toBe("no significant change");
    await page.locator('[data-overlay="ttft-histogram"] .recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: join(shots, "compare.png"), fullPage: true });

    await page.getByLabel("Comparison name").fill("seqs 128 vs 256");
    await page.getByRole("button", { name: "Save comparison" }).click();
    await page.waitForURL(/\/comparisons\/[0-9a-f-]{36}$/);
    expect(await page.locator("h1").innerText()).toBe("seqs 128 vs 256");
    expect(await page.locator('[data-row="ttft/p90"] [data-verdict]').getAttribute("data-verdict")).toBe("better");
    const shared = await open(page.url()); // a fresh tab reads the same
    expect(await shared.locator('[data-section="config-diff"]').innerText()).toContain("max_num_seqs");
    await page.screenshot({ path: join(shots, "comparison-saved.png"), fullPage: true });
    await Promise.all([page.close(), shared.close()]);
  });

  it("importing a malformed file shows the field path and imports nothing", async () => {
    const page = await open(`${panel.url}/snapshots`);
    const file = JSON.parse(toJson(snapshotFile(base))) as { snapshot: { window: { end: string } } };
    file.snapshot.window.end = "2020-01-01T00:00:00Z";
    await page.getByLabel("Import snapshot or comparison file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    const error = page.locator("[data-import] [data-api-error]");
    await error.waitFor();
    expect(await error.innerText()).toContain("snapshot.window.end: window end must be after its start");
    await page.screenshot({ path: join(shots, "import-error.png") });
    await page.reload();
    expect(await page.locator("[data-snapshot]").count()).toBe(2);
    await page.close();
  });

  it("Take snapshot on the overview posts the form and shows the server's field error", async () => {
    const page = await open(`${panel.url}/`);
    await page.locator("[data-take-snapshot]").click();
    const form = page.locator("[data-take-snapshot-form]");
    await form.getByLabel("Name").fill("   "); // passes `required`, trimmed to "" → the server names the field
    await form.getByLabel("Tags").fill("e2e, overview");
    await form.getByRole("button", { name: "Save snapshot" }).click();
    const error = form.locator("[data-api-error]");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/name/);
    await page.screenshot({ path: join(shots, "take-snapshot-error.png") });
    expect(((await (await fetch(`${panel.url}/api/snapshots`)).json()) as { items: unknown[] }).items.length).toBe(2);
    await page.close();
  });

  it("unknown and malformed ids are 404 pages", async () => {
    const page = await browser.newPage();
    for (const path of ["/snapshots/7c9e6679-7425-40de-944b-e07fc1f90ae7", "/snapshots/nope", "/comparisons/7c9e6679-7425-40de-944b-e07fc1f90ae7", `/compare?base=${base.id}&candidate=x`]) {
      expect((await page.goto(`${panel.url}${path}`))?.status(), path).toBe(404);
    }
    await page.close();
  });

  it("without DATABASE_URL the pages say what to set; with Postgres unreachable they say so and the overview still loads", async () => {
    const page = await open(`${noDb.url}/snapshots`);
    expect(await page.locator('[data-store-problem="not_configured"]').innerText()).toMatch(/No database configured[\s\S]*DATABASE_URL=postgresql:\/\//);
    await page.goto(`${downDb.url}/snapshots/${base.id}`);
    expect(await page.locator('[data-store-problem="unreachable"]').innerText()).toMatch(/The database is unreachable/);
    await page.screenshot({ path: join(shots, "database-unreachable.png") });
    expect((await page.goto(`${downDb.url}/`))?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("Overview");
    await page.close();
  });
});

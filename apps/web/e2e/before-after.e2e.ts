// Issue 5's end-to-end check: a snapshot of the fake vLLM under a fixed closed-loop load, the fake
// restarted with a larger --max-num-seqs under the same load, a second snapshot; the compare page must
// show the config diff and throughput "better" with its confidence, by about what the simulator predicts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createDb, getSnapshot } from "@throtl/db";
import { createTestDatabase, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { type PrometheusProcess, freePort, startPrometheus } from "@throtl/prom/testing";
import { resolveConfig, simulateClosedLoop } from "@throtl/simulator";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.ts";
import { type ClosedLoop, startClosedLoop } from "./support/closed-loop.ts";
import { type Panel, startPanel } from "./support/panel.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "..", "artifacts", "e2e");
const BEFORE_SEQS = 8;
const AFTER_SEQS = 24;
const LOAD = { clients: 32, maxTokens: 64, promptWords: 60 };
/** The snapshot window, and how long each phase runs before it (rates need a full window of the new config). */
const WINDOW_S = 60;
const SETTLE_S = 8;
const ENGINE = { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 } as const;

let pg: TestPostgres;
let database: TestDatabase;
let backend: FakeBackend;
let port = 0;
let load: ClosedLoop;
let prom: PrometheusProcess;
let panel: Panel;
let browser: Browser;

async function startBackend(maxNumSeqs: number): Promise<FakeBackend> {
  const b = createFakeBackend({ engine: { ...ENGINE, maxNumSeqs }, tokenizer: "approx", port, seed: 5, flags: { "max-num-seqs": maxNumSeqs } });
  await b.start();
  return b;
}

/**
 * vLLM exports no launch args (cache_config_info has the cache settings only), so the user states the
 * flag they changed when taking the snapshot, as the form lets them.
 */
async function snapshot(name: string, maxNumSeqs: number): Promise<string> {
  const res = await fetch(`${panel.url}/api/snapshots`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, tags: ["e2e"], windowSeconds: WINDOW_S, engineConfig: [{ flag: "--max-num-seqs", value: maxNumSeqs }] }),
  });
  const body = (await res.json()) as { id?: string; error?: string };
  if (res.status !== 201 || !body.id) throw new Error(`snapshot ${name}: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pg = await startTestPostgres();
  database = await createTestDatabase(pg);
  port = await freePort();
  backend = await startBackend(BEFORE_SEQS);
  load = startClosedLoop(backend.url, LOAD);
  prom = await startPrometheus({ scrapeTargets: [{ job: "vllm", targets: [`127.0.0.1:${port}`] }] });
  [panel, browser] = await Promise.all([
    startPanel({ PROMETHEUS_URL: prom.url, DATABASE_URL: database.url, THROTL_DEFAULT_REFRESH: "off", THROTL_AUTO_SNAPSHOT: "off" }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await panel?.stop();
  await load?.stop();
  await prom?.stop();
  await backend?.close();
  await database?.drop();
  await pg?.stop();
});

describe("before/after a --max-num-seqs change", () => {
  it("compares two snapshots: config diff, throughput better with its confidence, as the simulator predicts", async () => {
    await sleep(SETTLE_S + WINDOW_S);
    const before = await snapshot(`max-num-seqs ${BEFORE_SEQS}`, BEFORE_SEQS);

    await backend.close();
    backend = await startBackend(AFTER_SEQS);
    await sleep(SETTLE_S + WINDOW_S);
    const after = await snapshot(`max-num-seqs ${AFTER_SEQS}`, AFTER_SEQS);
    expect(load.completed()).toBeGreaterThan(100);

    // Stored: the engine's cache config and the stated flag reached both snapshots.
    const db = createDb({ url: database.url });
    const [a, b] = await Promise.all([getSnapshot(db, before), getSnapshot(db, after)]);
    await db.close();
    const seqs = (s: typeof a) => s.engineConfig.find((f) => f.flag === "max_num_seqs")?.value;
    expect([String(seqs(a)), String(seqs(b))]).toEqual([String(BEFORE_SEQS), String(AFTER_SEQS)]);
    expect(a.engineConfig.some((f) => f.origin === "cache_config_info" && f.flag === "gpu_memory_utilization")).toBe(true);

    // The computed comparison, as the page gets it.
    const cmp = (await (await fetch(`${panel.url}/api/compare?base=${before}&candidate=${after}`)).json()) as {
      signals: { signal: string; stat: string; base: number | null; candidate: number | null; verdict: string; confidence: string }[];
      config: { flag: string }[];
    };
    const tokens = cmp.signals.find((s) => s.signal === "generation_tokens_rate" && s.stat === "value");
    expect(tokens?.verdict).toBe("better");
    expect(tokens?.confidence).toMatch(/\d/);
    expect(cmp.config.map((c) => c.flag)).toContain("max_num_seqs");

    // What the simulator predicts for the same closed loop; the measured ratio must be close to it.
    const record = (await (await fetch(`${backend.url}/throtl/records?limit=1`)).json()) as { records: { promptTokens: number }[] };
    const promptTokens = record.records[0]!.promptTokens;
    const sim = (n: number) => simulateClosedLoop(resolveConfig({ ...ENGINE, maxNumSeqs: n }), { clients: LOAD.clients, promptTokens, outputTokens: LOAD.maxTokens, seconds: 120, warmupSeconds: 20 });
    const predicted = sim(AFTER_SEQS).outputTokensPerSecond / sim(BEFORE_SEQS).outputTokensPerSecond;
    const measured = tokens!.candidate! / tokens!.base!;
    console.log(`generated tokens/s ${tokens!.base!.toFixed(0)} → ${tokens!.candidate!.toFixed(0)}: ×${measured.toFixed(2)} measured, ×${predicted.toFixed(2)} simulated (${promptTokens} prompt tokens)`);
    expect(measured / predicted).toBeGreaterThan(0.8);
    expect(measured / predicted).toBeLessThan(1.2);

    // The page a user shares.
    const page = await browser.newPage();
    const res = await page.goto(`${panel.url}/compare?base=${before}&candidate=${after}`);
    expect(res?.status()).toBe(200);
    const text = await page.locator("main").innerText();
    expect(text).toMatch(new RegExp(`max_num_seqs[\\s\\S]{0,40}${BEFORE_SEQS}\\s*→\\s*${AFTER_SEQS}`));
    const row = page.locator("tr", { hasText: "Generated tokens" }).first();
    expect(await row.innerText()).toMatch(/better/i);
    await page.screenshot({ path: join(ARTIFACTS, "before-after-compare.png"), fullPage: true });
    await page.close();
  }, 300_000); // two phases of a settle plus a full snapshot window each
});

// Snapshots from live data end to end: the fake vLLM backend under load, a real Prometheus scraping
// it, a real Postgres. POST /api/snapshots is called as Next calls it; what it stores is read back
// and checked against Prometheus (same queries, same instant) and the fake's ground truth. Then the
// auto-capture watcher sees a restart with another --max-num-seqs and stores the pair and comparison.
import type { Snapshot } from "@throtl/compare";
import { getComparison, getSnapshot, listSnapshots } from "@throtl/db";
import { createTestDatabase, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { createFakeBackend, type FakeBackend, type RecordsPage } from "@throtl/fake-backend";
import { createPromClient, type PromClient } from "@throtl/prom";
import { freePort, type PrometheusProcess, startPrometheus } from "@throtl/prom/testing";
import { histogramWindowQueries, signalQuery } from "@throtl/signals";
import { counterIncrease } from "@throtl/signals/direct";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/snapshots/route.ts";
import { closeDb } from "../db/db.ts";
import { createPrometheusSource } from "../prometheus/prometheus-source.ts";
import { startCutProxy, type CutProxy } from "../testing/tcp-cut-proxy.ts";
import { startSteadyLoad } from "../testing/steady-load.ts";
import { createAutoCapture } from "./auto-capture.ts";
import { takeSnapshot } from "./take-snapshot.ts";

const ENGINE = { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 } as const;
const WINDOW_S = 60;

let pg: TestPostgres;
let t: TestDatabase;
let proxy: CutProxy;
let backend: FakeBackend;
let port = 0;
let prom: PrometheusProcess;
let client: PromClient;

const fake = (maxNumSeqs: number) => createFakeBackend({ engine: { ...ENGINE, maxNumSeqs }, tokenizer: "approx", port, seed: maxNumSeqs });
const post = (body: object) => POST(new Request("http://127.0.0.1/api/snapshots", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
const count = async () => (await listSnapshots(t.db, { limit: 100 })).items.length;

beforeAll(async () => {
  pg = await startTestPostgres();
  t = await createTestDatabase(pg);
  proxy = await startCutProxy(pg.port);
  port = await freePort();
  backend = fake(16);
  await backend.start();
  prom = await startPrometheus({ scrapeTargets: [{ job: "vllm", targets: [`127.0.0.1:${port}`] }] });
  client = createPromClient({ baseUrl: prom.url, timeoutMs: 10_000 });
  // Read once, on the handlers' first getEnv(): the panel reaches Postgres through the proxy.
  Object.assign(process.env, { DATABASE_URL: t.url.replace(`:${pg.port}/`, `:${proxy.port}/`), PROMETHEUS_URL: prom.url, THROTL_AUTO_SNAPSHOT: "off" });
}, 60_000);

let pgStopped = false;
/** Closing pools of a stopped server can wait on reconnects: bounded, the server is gone anyway. */
const bounded = (p: Promise<unknown> | undefined) => Promise.race([p?.catch(() => undefined), sleep(5_000)]);

afterAll(async () => {
  await bounded(closeDb());
  await prom?.stop();
  await backend?.close();
  await proxy?.close();
  await bounded(pgStopped ? t?.db.close() : t?.drop());
  await pg?.stop();
}, 60_000);

/** Read back from Postgres a double can differ in its 16th–17th digit (seen: 60.0915 for 60.091499999999996). */
const same = (got: number | null, want: number | null, what: string) =>
  (got === null || want === null ? expect(got, what).toBe(want) : expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.abs(want)));

/** Prometheus' answer for the total scope: the one value, or null (no series, NaN). */
async function promValue(promql: string, atMs: number): Promise<number | null> {
  const d = (await client.query(promql, atMs)).data;
  const v = d.resultType === "vector" ? d.result[0]?.value?.value : undefined;
  return v === undefined || Number.isNaN(v) ? null : v;
}

describe("snapshot capture from live data", () => {
  let snapshot: Snapshot;
  let endMs = 0;
  let records: RecordsPage["records"] = [];

  it("POST /api/snapshots stores a snapshot of a burst of load that reads back whole (201)", async () => {
    await sleep(2_500); // two scrapes of the idle server: counters start at 0 inside the window
    const load = startSteadyLoad(backend.url, 100);
    await sleep(8_000);
    await load.stop();
    await sleep(3_000); // the last finish reaches Prometheus; the window's edges are idle
    endMs = Math.floor(Date.now() / 1000) * 1000 - 1000;
    records = ((await (await fetch(`${backend.url}/throtl/records?limit=1000`)).json()) as RecordsPage).records;
    const res = await post({ name: "burst", tags: ["it"], windowSeconds: WINDOW_S, end: new Date(endMs).toISOString(), engineConfig: [{ flag: "--max-num-seqs", value: 16 }], loadRun: { rate: 10 } });
    const body = (await res.json()) as { id: string; name: string; window: { end: string } };
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ name: "burst", window: { end: new Date(endMs).toISOString() } });
    snapshot = await getSnapshot(t.db, body.id);
    expect(snapshot.scope).toEqual({ model: null, instances: [`127.0.0.1:${port}`] });
    expect(snapshot.engineConfig).toContainEqual({ flag: "max_num_seqs", value: 16, origin: "user" });
    expect(snapshot.engineConfig).toContainEqual({ flag: "block_size", value: String(backend.config.blockSize), origin: "cache_config_info" });
    expect(snapshot.workload.loadRun).toEqual({ rate: 10 });
    expect(records.length).toBeGreaterThan(40);
  });

  it("every signal value equals what Prometheus returns for the catalog's query at the window's end; unsupported ones say why", async () => {
    let compared = 0;
    for (const v of snapshot.signals) {
      const q = signalQuery("vllm", v.stat === "value" ? { signal: v.signal } : { signal: v.signal, stat: v.stat }, { scope: { by: "total" }, window: "1m", params: {} });
      if (!q.ok) {
        expect(v, v.signal).toMatchObject({ value: null, unsupported: q.reason });
        continue;
      }
      same(v.value, await promValue(q.promql, endMs), `${v.signal} ${v.stat}`);
      if (v.value !== null) compared++;
    }
    expect(compared).toBeGreaterThan(20);
    for (const s of snapshot.slos) {
      const q = signalQuery("vllm", { signal: s.signal, sloSeconds: s.thresholdSeconds }, { scope: { by: "total" }, window: "1m" });
      if (q.ok) same(s.attainment, Math.min(1, (await promValue(q.promql, endMs))!), `${s.signal} ≤ ${s.thresholdSeconds} s`);
    }
    expect(snapshot.slos.map((s) => s.signal)).toEqual(["ttft", "itl"]);
  });

  it("histograms equal Prometheus' increases, and their counts are the fake's finished requests extrapolated as increase() does", async () => {
    expect(snapshot.histograms.map((h) => h.signal).sort()).toEqual(["e2e", "itl", "queue_time", "tpot", "ttft"]);
    for (const h of snapshot.histograms) {
      const q = histogramWindowQueries("vllm", h.signal, { scope: { by: "total" }, window: "1m" });
      if (!q.ok) throw new Error(q.reason);
      same(h.count, await promValue(q.promql._count, endMs), `${h.signal} count`);
      const buckets = (await client.query(q.promql._bucket, endMs)).data;
      const byLe = new Map(buckets.resultType === "vector" ? buckets.result.map((b) => [Number(b.metric.le), b.value!.value]) : []);
      expect(h.buckets.map((b) => b.le)).toEqual([...byLe.keys()].filter(Number.isFinite).sort((a, b) => a - b));
      for (const b of h.buckets) same(b.count, byLe.get(b.le)!, `${h.signal} le ${b.le}`);
    }
    // Ground truth: the raw samples in the window moved by exactly the records; increase() extrapolates them.
    const raw = (await client.query(`vllm:e2e_request_latency_seconds_count[${WINDOW_S}s]`, endMs)).data;
    const points = raw.resultType === "matrix" ? raw.result[0]!.values.map((s) => ({ t: s.timeMs, v: s.value })) : [];
    expect(points.at(-1)!.v - points[0]!.v).toBe(records.length);
    const e2e = snapshot.histograms.find((h) => h.signal === "e2e")!;
    expect(e2e.count).toBeCloseTo(counterIncrease(points, endMs, WINDOW_S * 1000)!, 9);
    expect(e2e.buckets.at(-1)!.count).toBeLessThanOrEqual(e2e.count * (1 + 1e-9));
  });

  it("the workload's token lengths are the records' own: mean prompt and output tokens per request", () => {
    const mean = (f: (r: RecordsPage["records"][number]) => number) => records.reduce((s, r) => s + f(r), 0) / records.length;
    expect(snapshot.workload.promptTokens?.mean).toBeCloseTo(mean((r) => r.promptTokens), 6);
    expect(snapshot.workload.outputTokens?.mean).toBeCloseTo(mean((r) => r.outputTokens), 6);
    expect(snapshot.workload.requestRate).toBeGreaterThan(0);
  });

  it("answers 422 for a scope without data and 400 naming the field for a bad body, storing nothing", async () => {
    const before = await count();
    const none = await post({ name: "nobody", instance: "127.0.0.1:1" });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { error: string }).error).toMatch(/No data for instance "127.0.0.1:1"/);
    const bad = await post({ name: "x", windowSeconds: 5 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["windowSeconds"]);
    expect(await count()).toBe(before);
  });

  it("the database connection cut in the middle of the snapshot's transaction (TCP proxy before a real Postgres): 503, no row kept", async () => {
    const before = await count();
    proxy.cutOn('INSERT INTO "public"."SnapshotSignal"');
    const res = await post({ name: "cut", windowSeconds: WINDOW_S });
    await proxy.cut();
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(/nothing was written/);
    expect(await count()).toBe(before);
    expect((await listSnapshots(t.db, { limit: 100 })).items.map((s) => s.name)).not.toContain("cut");
  });
});

describe("auto-capture around a restart", () => {
  it("a restart with another --max-num-seqs gives a before and an after snapshot, tagged as a pair, and their comparison", async () => {
    const load = startSteadyLoad(backend.url, 100);
    const source = createPrometheusSource({ client, flavor: "vllm", params: {} });
    const pairs: { changeId: string; beforeId: string; afterId: string; comparisonId: string }[] = [];
    const logs: string[] = [];
    const watcher = createAutoCapture({
      source: () => source, db: () => t.db, take: (db, request) => takeSnapshot({ db, source }, request),
      windowSeconds: 30, intervalMs: 1_000, log: (m) => logs.push(m), onPair: (p) => pairs.push(p),
    });
    try {
      for (let i = 0; i < 3; i++) { await watcher.tick(); await sleep(1_000); }
      await backend.close();
      backend = fake(48);
      await backend.start();
      const deadline = Date.now() + 75_000;
      while (pairs.length === 0 && Date.now() < deadline) { await watcher.tick(); await sleep(1_000); }
    } finally {
      await load.stop();
    }
    expect(pairs, logs.join("\n")).toHaveLength(1);
    const { comparison, base, candidate } = await getComparison(t.db, pairs[0]!.comparisonId);
    const tag = `change:${pairs[0]!.changeId}`;
    // The simulator sizes the KV cache after max_num_seqs too, so cache_config_info shows the change.
    expect(comparison).toMatchObject({ baseId: pairs[0]!.beforeId, candidateId: pairs[0]!.afterId });
    expect(comparison.name).toMatch(new RegExp(`^auto: .*num_gpu_blocks \\d+ → \\d+.* on 127\\.0\\.0\\.1:${port}$`));
    expect(base.tags).toEqual(["auto", "before", tag]);
    expect(candidate.tags).toEqual(["auto", "after", tag]);
    expect(base.window.end.getTime()).toBeLessThanOrEqual(candidate.window.start.getTime());
    expect(candidate.window.end.getTime() - candidate.window.start.getTime()).toBe(30_000);
    for (const s of [base, candidate]) expect(s.workload.requestRate, s.name).toBeGreaterThan(0);
    expect((await listSnapshots(t.db, { tags: [tag], limit: 10 })).items).toHaveLength(2);
    // The restart marker Prometheus mode reads: vLLM V1's _created gauge, the new process's start.
    const marker = await source.startMarkers(Date.now());
    expect(marker).toMatchObject({ kind: "ok", data: [{ group: `127.0.0.1:${port}` }] });
    if (marker.kind === "ok") expect(marker.data[0]!.value).toBeCloseTo(backend.info.startEpochSeconds, 3);
  }, 120_000);

  it("a stopped Postgres: POST answers 503 and the panel process carries on", async () => {
    await pg.stop();
    pgStopped = true;
    const res = await post({ name: "no database", windowSeconds: WINDOW_S });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(/database is unreachable; nothing was written/);
  });
});

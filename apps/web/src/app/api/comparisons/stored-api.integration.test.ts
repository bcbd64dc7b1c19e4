// The snapshot and comparison route handlers against a real Postgres: each exported handler is
// called with a Request, as Next calls it; DATABASE_URL reaches the handlers through src/env.ts.
import { snapshotFile, toJson, type SnapshotComparison } from "@throtl/compare";
import { getSnapshot, listSnapshots } from "@throtl/db";
import { createTestDatabase, createTestSnapshot, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../../../server/db/db.ts";
import { GET as compareGET } from "../compare/route.ts";
import { GET as snapshotExportGET } from "../snapshots/[id]/export/route.ts";
import { DELETE as snapshotDELETE, GET as snapshotGET } from "../snapshots/[id]/route.ts";
import { POST as importPOST } from "../snapshots/import/route.ts";
import { GET as comparisonExportGET } from "./[id]/export/route.ts";
import { DELETE as comparisonDELETE, GET as comparisonGET } from "./[id]/route.ts";
import { POST as comparisonsPOST } from "./route.ts";

let server: TestPostgres;
let t: TestDatabase;
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const req = (path: string, init?: RequestInit) => new Request(`http://127.0.0.1${path}`, init);
const UNKNOWN = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

beforeAll(async () => {
  server = await startTestPostgres();
  t = await createTestDatabase(server);
  process.env.DATABASE_URL = t.url; // read once, on the handlers' first getEnv()
});
afterAll(async () => {
  // The panel's pool (server/db/db.ts keeps it on globalThis) must close before the database drops.
  await closeDb();
  await t?.drop();
  await server?.stop();
});

const count = async () => (await listSnapshots(t.db, { limit: 100 })).items.length;
const prepared = async () => {
  const base = await createTestSnapshot(t.db, { name: "max_num_seqs 128", engineConfig: [{ flag: "max_num_seqs", value: "128", origin: "cache_config_info" }] }, { seed: 1 });
  const candidate = await createTestSnapshot(t.db, { name: "max_num_seqs 256", engineConfig: [{ flag: "max_num_seqs", value: "256", origin: "cache_config_info" }] }, { seed: 2, latencyScale: 0.8 });
  return { base, candidate };
};

describe("snapshot and comparison API", () => {
  it("404 for unknown and malformed ids on every id route", async () => {
    for (const id of [UNKNOWN, "not-a-uuid"]) {
      const answers = await Promise.all([
        snapshotGET(req(`/api/snapshots/${id}`), ctx(id)), snapshotDELETE(req(`/api/snapshots/${id}`, { method: "DELETE" }), ctx(id)),
        snapshotExportGET(req(`/api/snapshots/${id}/export`), ctx(id)), comparisonGET(req(`/api/comparisons/${id}`), ctx(id)),
        comparisonDELETE(req(`/api/comparisons/${id}`, { method: "DELETE" }), ctx(id)), comparisonExportGET(req(`/api/comparisons/${id}/export?format=csv`), ctx(id)),
        compareGET(req(`/api/compare?base=${id}&candidate=${id}`)),
      ]);
      expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
      expect(((await answers[0]?.json()) as { error: string }).error).toBe(`No snapshot with id "${id}"`);
    }
  });

  it("compares two prepared snapshots: the config diff and a better TTFT with its confidence", async () => {
    const { base, candidate } = await prepared();
    const res = await compareGET(req(`/api/compare?base=${base.id}&candidate=${candidate.id}`));
    expect(res.status).toBe(200);
    const c = (await res.json()) as SnapshotComparison;
    expect(c.config.map((x) => x.text)).toContain("max_num_seqs 128 → 256");
    const p90 = c.signals.find((r) => r.signal === "ttft" && r.stat === "p90");
    expect(p90).toMatchObject({ verdict: "better", method: "bootstrap" });
    expect(p90?.confidence).toMatch(/^95 % interval of the change: -/);
    const missing = await compareGET(req(`/api/compare?base=${base.id}`));
    expect([missing.status, ((await missing.json()) as { issues: unknown }).issues]).toEqual([400, [{ path: "candidate", message: "required" }]]);
  });

  it("saves a comparison (201, shareable URL), reads it, exports it as CSV, deletes it", async () => {
    const { base, candidate } = await prepared();
    const saved = await comparisonsPOST(req("/api/comparisons", { method: "POST", body: JSON.stringify({ baseId: base.id, candidateId: candidate.id, name: "seqs" }) }));
    expect(saved.status).toBe(201);
    const { id, url } = (await saved.json()) as { id: string; url: string };
    expect(url).toBe(`/comparisons/${id}`);
    const read = (await (await comparisonGET(req(url), ctx(id))).json()) as { comparison: { name: string }; result: SnapshotComparison };
    expect([read.comparison.name, read.result.config.map((x) => x.text)]).toEqual(["seqs", ["max_num_seqs 128 → 256"]]);
    const csv = await comparisonExportGET(req(`/api/comparisons/${id}/export?format=csv`), ctx(id));
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="throtl-comparison-seqs-${id.slice(0, 8)}.csv"`);
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^signal,stat,threshold_seconds,unit,base,candidate,delta/);
    expect((await comparisonDELETE(req(url, { method: "DELETE" }), ctx(id))).status).toBe(204);
    expect((await comparisonGET(req(url), ctx(id))).status).toBe(404);
  });

  it("refuses a comparison body with a bad field or an unknown snapshot, naming it", async () => {
    const bad = await comparisonsPOST(req("/api/comparisons", { method: "POST", body: JSON.stringify({ baseId: 1 }) }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["baseId", "candidateId"]);
    const unknown = await comparisonsPOST(req("/api/comparisons", { method: "POST", body: JSON.stringify({ baseId: UNKNOWN, candidateId: UNKNOWN }) }));
    expect(unknown.status).toBe(404);
  });

  it("export → import round trip: a snapshot file and a comparison file come back as new rows with the same data", async () => {
    const { base, candidate } = await prepared();
    const file = await snapshotExportGET(req(`/api/snapshots/${base.id}/export?format=json`), ctx(base.id));
    expect(file.headers.get("content-type")).toMatch(/^application\/json/);
    const imported = await importPOST(req("/api/snapshots/import", { method: "POST", body: await file.text() }));
    expect(imported.status).toBe(201);
    const { kind, id } = (await imported.json()) as { kind: string; id: string };
    expect(kind).toBe("snapshot");
    const copy = (await (await snapshotGET(req(`/api/snapshots/${id}`), ctx(id))).json()) as { name: string; signals: unknown[]; histograms: unknown[] };
    const stored = await getSnapshot(t.db, base.id); // as read back: stored floats return with 15 significant digits, not the input's 17
    expect([copy.name, copy.signals, copy.histograms]).toEqual([stored.name, JSON.parse(JSON.stringify(stored.signals)), JSON.parse(JSON.stringify(stored.histograms))]);

    const saved = (await (await comparisonsPOST(req("/api/comparisons", { method: "POST", body: JSON.stringify({ baseId: base.id, candidateId: candidate.id }) }))).json()) as { id: string };
    const cfile = await comparisonExportGET(req(`/api/comparisons/${saved.id}/export`), ctx(saved.id));
    const cimport = await importPOST(req("/api/snapshots/import", { method: "POST", body: await cfile.text() }));
    expect(cimport.status).toBe(201);
    const again = (await cimport.json()) as { kind: string; id: string; baseId: string };
    expect(again.kind).toBe("comparison");
    expect(again.baseId).not.toBe(base.id);
  });

  it("a malformed import file: 400 naming the field path, and nothing written", async () => {
    const { base } = await prepared();
    const file = JSON.parse(toJson(snapshotFile(base))) as { snapshot: { histograms: { buckets: { le: unknown }[] }[] } };
    const bucket = file.snapshot.histograms[0]?.buckets[2];
    if (bucket) bucket.le = "0.01";
    const before = await count();
    const res = await importPOST(req("/api/snapshots/import", { method: "POST", body: JSON.stringify(file) }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toMatch(/^Invalid import file: snapshot\.histograms\[0\]\.buckets\[2\]\.le: /);
    expect(body.issues[0]?.path).toBe("snapshot.histograms[0].buckets[2].le");
    const notJson = await importPOST(req("/api/snapshots/import", { method: "POST", body: "{ nope" }));
    expect([notJson.status, ((await notJson.json()) as { issues: { path: string }[] }).issues[0]?.path]).toEqual([400, "(root)"]);
    expect(await count()).toBe(before);
  });

  it("exports CSV with download headers and refuses an unknown format", async () => {
    const { base } = await prepared();
    const csv = await snapshotExportGET(req(`/api/snapshots/${base.id}/export?format=csv`), ctx(base.id));
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).startsWith("signal,stat,threshold_seconds,unit,value,unsupported\r\n")).toBe(true);
    expect((await snapshotExportGET(req(`/api/snapshots/${base.id}/export?format=xml`), ctx(base.id))).status).toBe(400);
  });

  it("deleting a snapshot: 204, then 404", async () => {
    const { base } = await prepared();
    expect((await snapshotDELETE(req(`/api/snapshots/${base.id}`, { method: "DELETE" }), ctx(base.id))).status).toBe(204);
    expect((await snapshotGET(req(`/api/snapshots/${base.id}`), ctx(base.id))).status).toBe(404);
  });
});

// POST /api/snapshots/[id]/load-run against a real Postgres and a real fake vLLM: a run the panel
// finished, a results file written by the load generator's CLI (in-process), and the refusals.
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { createTestDatabase, createTestSnapshot, startTestPostgres, type TestDatabase, type TestPostgres } from "@throtl/db/testing";
import { getSnapshot } from "@throtl/db";
import { runCli } from "@throtl/loadgen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLoadRuns } from "../../../../../server/load-runs/load-runs.ts";
import { POST } from "./route.ts";

let fake: FakeBackend;
let server: TestPostgres;
let t: TestDatabase;
beforeAll(async () => {
  fake = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, tokenizer: "approx", port: 0, host: "127.0.0.1", seed: 4 });
  await fake.start();
  server = await startTestPostgres();
  t = await createTestDatabase(server);
  process.env.THROTL_LOAD_TARGETS = `fake=${fake.url}`;
  process.env.DATABASE_URL = t.url;
});
afterAll(async () => {
  await t?.drop();
  await server?.stop();
  await fake?.close();
});

const attach = (id: string, body: unknown) =>
  POST(new Request(`http://panel/api/snapshots/${id}/load-run`, { method: "POST", body: JSON.stringify(body) }), { params: Promise.resolve({ id }) });
const run = { endpoint: "fake", workload: { kind: "constant", rate: 20, promptTokens: 16, outputTokens: 8 }, durationSeconds: 0.5, maxRequests: 50, slo: { ttft: 1 } };

/** Prisma sends doubles with 16 significant digits (docs/db.md): compare stored values at 12 (15 can still straddle a rounding edge). */
function round<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v)));
}

/** What `npm run load` writes to PREFIX.json, produced by the CLI itself against the fake. */
async function cliResultsFile(): Promise<unknown> {
  const files = new Map<string, string>();
  const code = await runCli(["--url", fake.url, "--rate", "20", "--requests", "4", "--prompt-tokens", "16", "--output-tokens", "8", "--slo-ttft", "1s", "--no-tui", "--out", "mem"], {
    out: { write: () => true }, err: () => undefined, stop: new AbortController().signal,
    readText: () => { throw new Error("no files here"); }, writeText: (p, text) => void files.set(p, text), now: () => new Date(),
  });
  expect(code).toBe(0);
  return JSON.parse(files.get("mem.json")!);
}

describe("POST /api/snapshots/[id]/load-run", () => {
  it("attaches a finished panel run: its spec and summary become the snapshot's loadRun", async () => {
    const snap = await createTestSnapshot(t.db);
    const { id } = await getLoadRuns().start(run);
    const busy = await attach(snap.id, { runId: id });
    expect(busy.status).toBe(409);
    const done = await getLoadRuns().settled(id);
    const res = await attach(snap.id, { runId: id });
    expect(res.status).toBe(200);
    const stored = (await getSnapshot(t.db, snap.id)).workload.loadRun as Record<string, unknown>;
    expect(stored).toMatchObject({ tool: "throtl-load", version: 1, interrupted: false, source: { kind: "panel", runId: id, endpoint: "fake" } });
    expect(round(stored.spec)).toEqual(round(done.spec));
    expect(round(stored.summary)).toEqual(round(done.summary));
    expect(stored.summary).toMatchObject({ requests: { failed: 0, completed: done.summary!.requests.sent }, slo: { attainment: expect.any(Number) } });
  });

  it("attaches a results file written by `npm run load`", async () => {
    const snap = await createTestSnapshot(t.db);
    const file = (await cliResultsFile()) as { spec: unknown; summary: unknown };
    const res = await attach(snap.id, file);
    expect(res.status).toBe(200);
    const stored = (await getSnapshot(t.db, snap.id)).workload.loadRun;
    expect(round(stored)).toMatchObject(round({ spec: file.spec, summary: file.summary, source: { kind: "file" } }));
  });

  it("names the bad fields of a file that is not a results file (400) and writes nothing", async () => {
    const snap = await createTestSnapshot(t.db);
    const file = (await cliResultsFile()) as { spec: { target: object } };
    const bad = await attach(snap.id, { ...file, spec: { ...file.spec, target: { ...file.spec.target, url: "gopher://x" } }, summary: undefined });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toContain("spec.target.url");
    expect((await attach(snap.id, { runId: "" })).status).toBe(400);
    expect((await getSnapshot(t.db, snap.id)).workload.loadRun).toBeNull();
  });

  it("answers 404 for an unknown snapshot or run", async () => {
    const file = await cliResultsFile();
    expect((await attach("00000000-0000-4000-8000-000000000000", file)).status).toBe(404);
    const snap = await createTestSnapshot(t.db);
    expect((await attach(snap.id, { runId: "no-such-run" })).status).toBe(404);
  });
});

// attachLoadRun against a real Postgres: stored and read back through getSnapshot, unknown ids,
// values JSON cannot hold.
import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { createTestSnapshot, useTestDatabase } from "../testing/index.ts";
import { attachLoadRun } from "./attach-load-run.ts";
import { getSnapshot } from "./snapshot-queries.ts";

const file = useTestDatabase();
const t = { get db() { return file.database().db; }, get url() { return file.database().url; } };

const loadRun = {
  tool: "throtl-load", version: 1, startedAt: "2026-12-01T08:00:00.000Z", interrupted: false,
  spec: { version: 1, workload: { kind: "rate", stop: { seconds: 60 } } },
  summary: { requests: { sent: 10, completed: 9, failed: 1 }, ttft: { p50: 0.1, p95: null } },
};

describe("attachLoadRun", () => {
  it("stores the run as the snapshot's workload.loadRun and leaves the rest as it was", async () => {
    const snap = await createTestSnapshot(t.db);
    await attachLoadRun(t.db, snap.id, loadRun);
    const read = await getSnapshot(t.db, snap.id);
    expect(read.workload.loadRun).toEqual(loadRun);
    expect(read).toMatchObject({ name: snap.name, tags: snap.tags, scope: snap.scope, backend: snap.backend });
    expect(read.signals).toHaveLength(snap.signals.length);
    expect(read.histograms).toHaveLength(snap.histograms.length);
  });

  it("replaces an earlier attachment", async () => {
    const snap = await createTestSnapshot(t.db);
    await attachLoadRun(t.db, snap.id, loadRun);
    await attachLoadRun(t.db, snap.id, { ...loadRun, interrupted: true });
    expect((await getSnapshot(t.db, snap.id)).workload.loadRun).toMatchObject({ interrupted: true });
  });

  it("throws NotFoundError for an unknown or malformed id", async () => {
    await expect(attachLoadRun(t.db, "00000000-0000-4000-8000-000000000000", loadRun)).rejects.toThrow(NotFoundError);
    await expect(attachLoadRun(t.db, "not-a-uuid", loadRun)).rejects.toThrow(NotFoundError);
  });

  it("refuses values JSON cannot hold, naming the field, and writes nothing", async () => {
    const snap = await createTestSnapshot(t.db);
    await expect(attachLoadRun(t.db, snap.id, { summary: { ttft: Number.NaN } })).rejects.toSatisfy((e) => e instanceof InvalidInputError && /summary/.test(e.message));
    await expect(attachLoadRun(t.db, snap.id, [1, 2])).rejects.toThrow(InvalidInputError);
    expect((await getSnapshot(t.db, snap.id)).workload.loadRun).toBeNull();
  });
});

// Snapshot storage against a real Postgres: round trip, list filters and pages, delete, typed
// errors, concurrent creation, and all-or-nothing creation.
import { snapshotInputSchema } from "@throtl/compare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { createTestDatabase, createTestSnapshot, queryRows, snapshotInput, type TestDatabase, useTestDatabase } from "../testing/index.ts";
import { listSnapshots } from "./list-snapshots.ts";
import { createSnapshot, deleteSnapshot, getSnapshot } from "./snapshot-queries.ts";

const file = useTestDatabase();
const t = { get db() { return file.database().db; }, get url() { return file.database().url; } };

const sql = queryRows;

/**
 * Prisma sends doubles with 16 significant digits, so a value's 17th digit may change once on write
 * (docs/db.md); compare at 15.
 */
function roundFloats<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(15)) : v)));
}

type Counts = { snapshots: number; signals: number; histograms: number; slos: number };
async function rowCounts(url: string): Promise<Counts> {
  const [row] = await sql<Record<keyof Counts, string>>(url, `SELECT
    (SELECT count(*) FROM "Snapshot") AS snapshots, (SELECT count(*) FROM "SnapshotSignal") AS signals,
    (SELECT count(*) FROM "SnapshotHistogram") AS histograms, (SELECT count(*) FROM "SnapshotSlo") AS slos`);
  return { snapshots: Number(row?.snapshots), signals: Number(row?.signals), histograms: Number(row?.histograms), slos: Number(row?.slos) };
}

describe("createSnapshot / getSnapshot", () => {
  it("stores every value, histogram and SLO, and reads back exactly what was written", async () => {
    const input = snapshotInput({ name: "round trip", notes: "max_num_seqs 256", tags: ["a", "b"] });
    const created = await createSnapshot(t.db, input);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const expected = { ...snapshotInputSchema.parse(input), id: created.id, createdAt: created.createdAt };
    expect(roundFloats(await getSnapshot(t.db, created.id))).toEqual(roundFloats(expected));
    expect(created.histograms[0]?.buckets.length).toBeGreaterThan(10);
  });

  it("keeps gaps and unsupported signals as null, never 0", async () => {
    const input = snapshotInput();
    input.signals = input.signals.map((v) => (v.signal === "prefix_cache_hit_rate" ? { ...v, value: null, unsupported: "no prefix-cache counters" } : v.signal === "waiting" ? { ...v, value: null } : v));
    const got = await getSnapshot(t.db, (await createSnapshot(t.db, input)).id);
    expect(got.signals.find((v) => v.signal === "prefix_cache_hit_rate")).toMatchObject({ value: null, unsupported: "no prefix-cache counters" });
    expect(got.signals.find((v) => v.signal === "waiting")).toMatchObject({ value: null, unsupported: null });
  });

  it("rejects invalid input with the field's path, writing nothing", async () => {
    const before = await rowCounts(t.url);
    const bad = { ...snapshotInput(), window: { start: new Date("2026-11-20T10:00:00Z"), end: new Date("2026-11-20T09:00:00Z") } };
    const err = await createSnapshot(t.db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).issues[0]?.path).toBe("window.end");
    expect(await rowCounts(t.url)).toEqual(before);
  });
});

describe("getSnapshot / deleteSnapshot of unknown ids", () => {
  it.each([["a well-formed id nobody has", "7c9e6679-7425-40de-944b-e07fc1f90ae7"], ["a malformed id", "not-a-uuid"]])("throws NotFoundError for %s", async (_what, id) => {
    await expect(getSnapshot(t.db, id)).rejects.toThrow(NotFoundError);
    await expect(getSnapshot(t.db, id)).rejects.toMatchObject({ kind: "not_found", entity: "snapshot", id });
    await expect(deleteSnapshot(t.db, id)).rejects.toThrow(NotFoundError);
  });

  it("deletes a snapshot with all its rows; it is then not found", async () => {
    const s = await createTestSnapshot(t.db);
    const before = await rowCounts(t.url);
    await deleteSnapshot(t.db, s.id);
    await expect(getSnapshot(t.db, s.id)).rejects.toThrow(NotFoundError);
    const after = await rowCounts(t.url);
    expect(before.snapshots - after.snapshots).toBe(1);
    expect(before.signals - after.signals).toBe(s.signals.length);
    expect(before.histograms - after.histograms).toBe(s.histograms.length);
  });
});

describe("listSnapshots", () => {
  let own: TestDatabase;
  beforeAll(async () => {
    own = await createTestDatabase(file.server());
    const at = (day: number) => ({ start: new Date(`2026-11-${day}T10:00:00Z`), end: new Date(`2026-11-${day}T10:10:00Z`) });
    // Created one after another, so created_at orders them: 01 oldest … 05 newest.
    for (const [name, tags, model, day] of [
      ["01", ["prod"], "llama", 10], ["02", ["prod", "tuning"], "llama", 11], ["03", ["tuning"], "qwen", 12],
      ["04", ["prod", "tuning"], "qwen", 13], ["05", [], "llama", 14],
    ] as const) {
      await createTestSnapshot(own.db, { name, tags: [...tags], scope: { model, instances: ["a:8000"] }, window: at(day) });
    }
  });
  afterAll(() => own?.drop());

  const names = async (q: Parameters<typeof listSnapshots>[1]) => (await listSnapshots(own.db, q)).items.map((s) => s.name);

  it.each([
    ["no filter: newest first", {}, ["05", "04", "03", "02", "01"]],
    ["one tag", { tags: ["tuning"] }, ["04", "03", "02"]],
    ["every given tag", { tags: ["prod", "tuning"] }, ["04", "02"]],
    ["model", { model: "qwen" }, ["04", "03"]],
    ["windows overlapping a date range", { from: new Date("2026-11-11T10:05:00Z"), to: new Date("2026-11-13T00:00:00Z") }, ["03", "02"]],
    ["tag and model together", { tags: ["prod"], model: "llama" }, ["02", "01"]],
  ] as const)("filters by %s", async (_what, query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it("pages with a cursor, without repeats or gaps", async () => {
    const first = await listSnapshots(own.db, { limit: 2 });
    const second = await listSnapshots(own.db, { limit: 2, cursor: first.nextCursor });
    const third = await listSnapshots(own.db, { limit: 2, cursor: second.nextCursor });
    expect([first, second, third].map((p) => p.items.map((s) => s.name))).toEqual([["05", "04"], ["03", "02"], ["01"]]);
    expect(third.nextCursor).toBeNull();
  });

  it("rejects a forged cursor and a page size over the limit, naming the field", async () => {
    await expect(listSnapshots(own.db, { cursor: "bm9wZQ" })).rejects.toThrow("Invalid snapshot list query: cursor: not a cursor from a previous page");
    await expect(listSnapshots(own.db, { limit: 1000 })).rejects.toThrow(/^Invalid snapshot list query: limit: /);
  });
});

describe("creation is safe", () => {
  it("under concurrency: 12 snapshots created at once are all stored whole", async () => {
    const own = await createTestDatabase(file.server());
    try {
      const made = await Promise.all(Array.from({ length: 12 }, (_, i) => createTestSnapshot(own.db, { name: `c${i}` }, { seed: i + 1 })));
      expect(new Set(made.map((s) => s.id)).size).toBe(12);
      const counts = await rowCounts(own.url);
      expect(counts).toEqual({ snapshots: 12, signals: 12 * made[0]!.signals.length, histograms: 12 * made[0]!.histograms.length, slos: 12 * made[0]!.slos.length });
      const again = await Promise.all(made.map((s) => getSnapshot(own.db, s.id)));
      expect(again.map((s) => s.name).sort()).toEqual(made.map((s) => s.name).sort());
    } finally {
      await own.drop();
    }
  });

  it("atomically: a failure after the snapshot row was written leaves nothing behind", async () => {
    const own = await createTestDatabase(file.server());
    try {
      // The trigger fails the SLO insert, reporting how many snapshot rows the transaction had written.
      await sql(own.url, `CREATE FUNCTION fail_slo() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        RAISE EXCEPTION 'injected failure after % snapshot row(s)', (SELECT count(*) FROM "Snapshot"); END $$;
        CREATE TRIGGER fail_slo BEFORE INSERT ON "SnapshotSlo" FOR EACH STATEMENT EXECUTE FUNCTION fail_slo();`);
      await expect(createTestSnapshot(own.db)).rejects.toThrow(/injected failure after 1 snapshot row\(s\)/);
      expect(await rowCounts(own.url)).toEqual({ snapshots: 0, signals: 0, histograms: 0, slos: 0 });
    } finally {
      await own.drop();
    }
  });
});

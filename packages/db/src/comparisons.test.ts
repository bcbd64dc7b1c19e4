// Saved comparisons and file imports against a real Postgres.
import { compareSnapshots, comparisonFile, ImportError, snapshotFile, toJson, type Verdict } from "@throtl/compare";
import { snapshot } from "@throtl/compare/testing";
import { describe, expect, it } from "vitest";
import { createComparison, deleteComparison, getComparison } from "./comparisons.ts";
import { NotFoundError } from "./errors.ts";
import { importComparison, importSnapshot } from "./import-files.ts";
import { deleteSnapshot, getSnapshot } from "./snapshots/snapshot-queries.ts";
import { createTestDatabase, createTestSnapshot, queryRows, useTestDatabase } from "./testing/index.ts";

const file = useTestDatabase();
const t = { get db() { return file.database().db; }, get url() { return file.database().url; } };

const sql = queryRows;
const totalRows = async (url: string) =>
  (await sql(url, `SELECT (SELECT count(*) FROM "Snapshot") + (SELECT count(*) FROM "SnapshotSignal") + (SELECT count(*) FROM "Comparison") AS n`))[0]?.n;

describe("saved comparisons", () => {
  it.each([
    ["a 20 % faster candidate", { seed: 3, latencyScale: 0.8 }, "better"],
    ["a 20 % slower candidate", { seed: 4, latencyScale: 1.2 }, "worse"],
    ["the same load resampled", { seed: 2 }, "no_significant_change"],
  ] as const)("store %s and read back the same verdicts as in memory (TTFT p90: %s)", async (_what, recipe, expected: Verdict) => {
    const base = await createTestSnapshot(t.db, { name: "base" }, { seed: 1 });
    const candidate = await createTestSnapshot(t.db, { name: "candidate" }, recipe);
    const saved = await createComparison(t.db, { baseId: base.id, candidateId: candidate.id, name: "try" });
    const stored = await getComparison(t.db, saved.id);
    expect(stored.comparison).toEqual(saved);
    const result = compareSnapshots(stored.base, stored.candidate);
    expect(result.signals.find((r) => r.signal === "ttft" && r.stat === "p90")?.verdict).toBe(expected);
  });

  it("refuses a pair with an unknown snapshot, naming it", async () => {
    const base = await createTestSnapshot(t.db);
    const missing = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    await expect(createComparison(t.db, { baseId: base.id, candidateId: missing })).rejects.toMatchObject({ kind: "not_found", entity: "snapshot", id: missing });
  });

  it("is not found once deleted, or once one of its snapshots is deleted", async () => {
    const [a, b] = [await createTestSnapshot(t.db), await createTestSnapshot(t.db)];
    const one = await createComparison(t.db, { baseId: a.id, candidateId: b.id });
    const two = await createComparison(t.db, { baseId: a.id, candidateId: b.id });
    await deleteComparison(t.db, one.id);
    await expect(getComparison(t.db, one.id)).rejects.toMatchObject({ entity: "comparison", id: one.id });
    await deleteSnapshot(t.db, b.id);
    await expect(getComparison(t.db, two.id)).rejects.toThrow(NotFoundError);
    await expect(getComparison(t.db, "nope")).rejects.toThrow(NotFoundError);
  });
});

describe("imports", () => {
  const exported = snapshot("00000000-0000-4000-8000-000000000001", { name: "from another Throtl" });

  it("import a snapshot file under a new id", async () => {
    const imported = await importSnapshot(t.db, toJson(snapshotFile(exported)));
    expect(imported.id).not.toBe(exported.id);
    expect((await getSnapshot(t.db, imported.id)).name).toBe("from another Throtl");
  });

  it("import a comparison file with both snapshots", async () => {
    const b = snapshot("00000000-0000-4000-8000-000000000002", { name: "candidate" }, { latencyScale: 1.2, seed: 5 });
    const record = { id: "00000000-0000-4000-8000-0000000000aa", name: "shared", baseId: exported.id, candidateId: b.id, createdAt: new Date() };
    const stored = await importComparison(t.db, toJson(comparisonFile(record, exported, b)));
    expect([stored.comparison.name, stored.base.name, stored.candidate.name]).toEqual(["shared", "from another Throtl", "candidate"]);
    expect((await getComparison(t.db, stored.comparison.id)).candidate.id).toBe(stored.candidate.id);
  });

  const good = () => JSON.parse(toJson(snapshotFile(exported)));
  it.each([
    ["not JSON", () => "{", "(root)"],
    ["a newer version", () => JSON.stringify({ ...good(), version: 2 }), "version"],
    ["a negative bucket count", () => { const f = good(); f.snapshot.histograms[0].buckets[0].count = -1; return JSON.stringify(f); }, "snapshot.histograms[0].buckets[0].count"],
    ["an SLO attainment over 1", () => { const f = good(); f.snapshot.slos[1].attainment = 1.5; return JSON.stringify(f); }, "snapshot.slos[1].attainment"],
  ])("reject %s and import nothing", async (_what, text, path) => {
    const before = await totalRows(t.url);
    const err = await importSnapshot(t.db, text()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).issues[0]?.path).toBe(path);
    expect(await totalRows(t.url)).toBe(before);
  });

  it("write a comparison file in one transaction: a failure on the last row leaves neither snapshot", async () => {
    const own = await createTestDatabase(file.server());
    try {
      await sql(own.url, `CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER fail BEFORE INSERT ON "Comparison" FOR EACH STATEMENT EXECUTE FUNCTION fail();`);
      const record = { id: "00000000-0000-4000-8000-0000000000aa", name: null, baseId: exported.id, candidateId: exported.id, createdAt: new Date() };
      await expect(importComparison(own.db, toJson(comparisonFile(record, exported, exported)))).rejects.toThrow(/injected failure/);
      expect(await totalRows(own.url)).toBe("0");
    } finally {
      await own.drop();
    }
  });
});

// Importing exported JSON files: the whole file is validated first (ImportError names the field),
// then written in one transaction. Imports get new ids; the file's ids are only references.
import { parseComparisonFile, parseSnapshotFile, type Snapshot } from "@throtl/compare";
import { inTransaction, type Db } from "./client.ts";
import type { StoredComparison } from "./comparisons.ts";
import { insertSnapshot } from "./snapshots/snapshot-queries.ts";

type Body<T> = Omit<T, "id" | "createdAt">;
const body = ({ id: _id, createdAt: _createdAt, ...rest }: Snapshot): Body<Snapshot> => rest;

export async function importSnapshot(db: Db, text: string): Promise<Snapshot> {
  const file = parseSnapshotFile(text);
  return inTransaction(db, (tx) => insertSnapshot(tx, body(file.snapshot)));
}

export async function importComparison(db: Db, text: string): Promise<StoredComparison> {
  const file = parseComparisonFile(text);
  return inTransaction(db, async (tx) => {
    const base = await insertSnapshot(tx, body(file.base), "base snapshot");
    const candidate = await insertSnapshot(tx, body(file.candidate), "candidate snapshot");
    const row = await tx.comparison.create({ data: { baseId: base.id, candidateId: candidate.id, name: file.comparison.name } });
    return { comparison: { id: row.id, name: row.name, baseId: row.baseId, candidateId: row.candidateId, createdAt: row.createdAt }, base, candidate };
  });
}

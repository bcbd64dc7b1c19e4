// Saved comparisons: a named pair of snapshots behind a shareable id. The comparison itself is
// computed on read (@throtl/compare), deterministic, so the stored pair is all there is to keep.
import type { ComparisonRecord, Snapshot } from "@throtl/compare";
import { z } from "zod";
import { inTransaction, prismaOf, type Db } from "./client.ts";
import { NotFoundError, validate } from "./errors.ts";
import { SNAPSHOT_INCLUDE, toSnapshot } from "./snapshots/from-rows.ts";

const uuid = z.uuid();
const inputSchema = z.object({ baseId: z.string(), candidateId: z.string(), name: z.string().trim().min(1).max(200).nullish() });

export type ComparisonInput = z.input<typeof inputSchema>;

export interface StoredComparison {
  readonly comparison: ComparisonRecord;
  readonly base: Snapshot;
  readonly candidate: Snapshot;
}

type Row = { id: string; name: string | null; baseId: string; candidateId: string; createdAt: Date };
const toRecord = ({ id, name, baseId, candidateId, createdAt }: Row): ComparisonRecord => ({ id, name, baseId, candidateId, createdAt });

/** NotFoundError names the snapshot that does not exist. */
export async function createComparison(db: Db, input: ComparisonInput): Promise<ComparisonRecord> {
  const { baseId, candidateId, name } = validate(inputSchema, input, "comparison");
  return inTransaction(db, async (tx) => {
    for (const id of [baseId, candidateId]) {
      // FOR SHARE: a concurrent delete of the snapshot waits for this transaction, so no dangling pair.
      const found = uuid.safeParse(id).success && (await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Snapshot" WHERE id = ${id}::uuid FOR SHARE`).length > 0;
      if (!found) throw new NotFoundError("snapshot", id);
    }
    return toRecord(await tx.comparison.create({ data: { baseId, candidateId, name: name ?? null } }));
  });
}

export async function getComparison(db: Db, id: string): Promise<StoredComparison> {
  if (!uuid.safeParse(id).success) throw new NotFoundError("comparison", id);
  const row = await prismaOf(db).comparison.findUnique({ where: { id }, include: { base: { include: SNAPSHOT_INCLUDE }, candidate: { include: SNAPSHOT_INCLUDE } } });
  if (!row) throw new NotFoundError("comparison", id);
  return { comparison: toRecord(row), base: toSnapshot(row.base), candidate: toSnapshot(row.candidate) };
}

export async function deleteComparison(db: Db, id: string): Promise<void> {
  if (!uuid.safeParse(id).success) throw new NotFoundError("comparison", id);
  const { count } = await prismaOf(db).comparison.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("comparison", id);
}

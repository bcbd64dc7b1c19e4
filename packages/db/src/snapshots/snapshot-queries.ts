// Create, read and delete snapshots. Creation is one transaction: the snapshot row and all its
// values, histograms and SLO rows are written together or not at all.
import { snapshotInputSchema, type Snapshot, type SnapshotInput } from "@throtl/compare";
import { z } from "zod";
import { inTransaction, prismaOf, type Db, type Tx } from "../client.ts";
import { NotFoundError, validate } from "../errors.ts";
import { SNAPSHOT_INCLUDE, toSnapshot } from "./from-rows.ts";
import { childRows, snapshotRow } from "./to-rows.ts";

const uuid = z.uuid();

/**
 * Inside a transaction: validated data in, stored snapshot out. One statement at a time: Prisma's
 * nested writes send them concurrently on the transaction's connection, which pg 9 will refuse.
 */
export async function insertSnapshot(tx: Tx, input: SnapshotInput, what = "snapshot"): Promise<Snapshot> {
  const data = validate(snapshotInputSchema, input, what);
  const { id, createdAt } = await tx.snapshot.create({ data: snapshotRow(data), select: { id: true, createdAt: true } });
  const rows = childRows(id, data);
  await tx.snapshotSignal.createMany({ data: rows.signals });
  await tx.snapshotHistogram.createMany({ data: rows.histograms });
  await tx.snapshotSlo.createMany({ data: rows.slos });
  return { ...data, id, createdAt };
}

export async function createSnapshot(db: Db, input: SnapshotInput): Promise<Snapshot> {
  return inTransaction(db, (tx) => insertSnapshot(tx, input));
}

export async function getSnapshot(db: Db, id: string): Promise<Snapshot> {
  // A malformed id cannot exist; asking Postgres would fail with a cast error instead.
  if (!uuid.safeParse(id).success) throw new NotFoundError("snapshot", id);
  const row = await prismaOf(db).snapshot.findUnique({ where: { id }, include: SNAPSHOT_INCLUDE });
  if (!row) throw new NotFoundError("snapshot", id);
  return toSnapshot(row);
}

/** Deletes the snapshot, its values, and the comparisons that use it. */
export async function deleteSnapshot(db: Db, id: string): Promise<void> {
  if (!uuid.safeParse(id).success) throw new NotFoundError("snapshot", id);
  const { count } = await prismaOf(db).snapshot.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("snapshot", id);
}

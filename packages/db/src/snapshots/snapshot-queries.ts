// Create, read and delete snapshots. Creation is one transaction: the snapshot row and all its
// values, histograms and SLO rows are written together or not at all.
import { snapshotInputSchema, type Snapshot, type SnapshotInput } from "@throtl/compare";
import { z } from "zod";
import { inTransaction, prismaOf, type Db, type Tx } from "../client.ts";
import { NotFoundError, validate } from "../errors.ts";
import { SNAPSHOT_INCLUDE, toSnapshot } from "./from-rows.ts";
import { snapshotCreateData } from "./to-rows.ts";

const uuid = z.uuid();

/** Inside a transaction: validated data in, stored snapshot out. */
export async function insertSnapshot(tx: Tx, input: SnapshotInput, what = "snapshot"): Promise<Snapshot> {
  const data = validate(snapshotInputSchema, input, what);
  const row = await tx.snapshot.create({ data: snapshotCreateData(data), include: SNAPSHOT_INCLUDE });
  return toSnapshot(row);
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

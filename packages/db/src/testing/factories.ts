// Stored snapshots for tests: the complete, self-consistent bodies of @throtl/compare/testing,
// written through the real createSnapshot.
import type { Snapshot, SnapshotInput } from "@throtl/compare";
import { snapshotInput, type SnapshotRecipe } from "@throtl/compare/testing";
import type { Db } from "../client.ts";
import { createSnapshot } from "../snapshots/snapshot-queries.ts";

export function createTestSnapshot(db: Db, overrides: Partial<SnapshotInput> = {}, recipe: SnapshotRecipe = {}): Promise<Snapshot> {
  return createSnapshot(db, snapshotInput(overrides, recipe));
}

export { snapshotInput, type SnapshotRecipe };

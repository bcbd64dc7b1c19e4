// Both snapshots of a comparison, read concurrently; NotFoundError names the missing one.
import type { Snapshot } from "@throtl/compare";
import { getSnapshot, type Db } from "@throtl/db";

export async function getPair(db: Db, baseId: string, candidateId: string): Promise<{ base: Snapshot; candidate: Snapshot }> {
  const [base, candidate] = await Promise.all([getSnapshot(db, baseId), getSnapshot(db, candidateId)]);
  return { base, candidate };
}

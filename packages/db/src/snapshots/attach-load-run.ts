// A load run (the load generator's spec and summary) attached to a stored snapshot: the workload
// behind the window, so a comparison can tell whether two snapshots saw the same load.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.ts";
import { prismaOf, type Db } from "../client.ts";
import { NotFoundError, validate } from "../errors.ts";

/** Any JSON object (no NaN or Infinity: Postgres' jsonb has none); the web layer checks its shape. */
const loadRunSchema = z.record(z.string(), z.json());

/** Replaces the snapshot's `workload.loadRun` in one statement; NotFoundError for an unknown id. */
export async function attachLoadRun(db: Db, id: string, loadRun: unknown): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("snapshot", id);
  const value = validate(loadRunSchema, loadRun, "load run");
  const { count } = await prismaOf(db).snapshot.updateMany({ where: { id }, data: { loadRun: value as Prisma.InputJsonValue } });
  if (count === 0) throw new NotFoundError("snapshot", id);
}

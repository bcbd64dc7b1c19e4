// Stored data for the snapshot pages. A page never crashes on the database: without DATABASE_URL it
// says what to set, when Postgres is down it says so (the rest of the panel keeps working), and an
// unknown id is Next's 404.
import { InvalidInputError, NotFoundError, type Db } from "@throtl/db";
import { notFound } from "next/navigation";
import type { StoreProblem } from "../../../data/snapshots/store-problem.ts";
import { databaseConfigured, getDb } from "../../../server/db/db.ts";
import { isDatabaseUnavailable } from "../../../server/db/http-errors.ts";

export type Stored<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StoreProblem };

export async function loadStored<T>(load: (db: Db) => Promise<T>): Promise<Stored<T>> {
  if (!databaseConfigured()) return { ok: false, problem: { kind: "not_configured" } };
  try {
    return { ok: true, value: await load(getDb()) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof InvalidInputError) return { ok: false, problem: { kind: "invalid", message: e.message } };
    if (isDatabaseUnavailable(e)) return { ok: false, problem: { kind: "unreachable", message: e instanceof Error ? (e.message.trim().split("\n").at(-1) ?? e.name) : String(e) } };
    throw e;
  }
}

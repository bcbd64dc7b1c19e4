// The panel's one Postgres pool, created on first use from DATABASE_URL and kept on globalThis so
// route bundles and dev reloads share it. Without DATABASE_URL the stored features (snapshots,
// comparisons, settings) answer "not configured"; live data never depends on the database.
import { createDb, type Db } from "@throtl/db";
import { getEnv } from "../../env.ts";

export class DatabaseNotConfiguredError extends Error {
  override readonly name = "DatabaseNotConfiguredError";
  readonly kind = "not_configured" as const;
  constructor() {
    super("No database: set DATABASE_URL to a postgresql:// URL to store snapshots, comparisons and settings");
  }
}

const holder = globalThis as typeof globalThis & { __throtlDb?: Db };

/** True when DATABASE_URL is set (the stored features are available). */
export function databaseConfigured(): boolean {
  return getEnv().DATABASE_URL !== undefined;
}

/** The shared pool; throws DatabaseNotConfiguredError without DATABASE_URL. */
export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (url === undefined) throw new DatabaseNotConfiguredError();
  holder.__throtlDb ??= createDb({ url, maxConnections: 5 });
  return holder.__throtlDb;
}

/** Closes the shared pool (tests, shutdown); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const db = holder.__throtlDb;
  holder.__throtlDb = undefined;
  await db?.close();
}

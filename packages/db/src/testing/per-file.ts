// Per test file: one throwaway Postgres and one migrated database, started before the file's tests and
// removed after them; plus a raw SQL helper for tests that check what is (or is not) in the tables.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { startTestPostgres, type TestPostgres } from "./postgres-process.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export interface PerFileDatabase {
  /** The migrated database (valid inside tests, after beforeAll). */
  readonly database: () => TestDatabase;
  readonly server: () => TestPostgres;
}

/** Registers beforeAll/afterAll in the calling test file. */
export function useTestDatabase(): PerFileDatabase {
  let server: TestPostgres | undefined;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
    database = await createTestDatabase(server);
  });
  afterAll(async () => {
    await database?.drop();
    await server?.stop();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`the test ${what} is not started yet: use it inside a test or hook`);
    return v;
  };
  return { database: () => need(database, "database"), server: () => need(server, "Postgres") };
}

/** Runs one SQL statement on its own connection and returns the rows. */
export async function queryRows<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

// A migrated, empty database per test (or per file): the first call applies the migration files to
// a template database; later ones copy it (CREATE DATABASE … TEMPLATE, ~50 ms).
import { createDb, type Db } from "../client.ts";
import { applyMigrationFiles } from "./migrate.ts";
import type { TestPostgres } from "./postgres-process.ts";

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly db: Db;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

const TEMPLATE = "throtl_migrated";
const templates = new WeakMap<TestPostgres, Promise<void>>();

export async function createTestDatabase(pg: TestPostgres): Promise<TestDatabase> {
  let template = templates.get(pg);
  if (!template) {
    template = pg.createDatabase({ name: TEMPLATE }).then(applyMigrationFiles);
    templates.set(pg, template);
  }
  await template;
  const url = await pg.createDatabase({ template: TEMPLATE });
  const name = new URL(url).pathname.slice(1);
  const db = createDb({ url });
  return {
    url,
    name,
    db,
    async drop() {
      await db.close();
      await pg.dropDatabase(name);
    },
  };
}

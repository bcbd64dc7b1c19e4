// The committed migrations against a real, empty Postgres, applied the way production applies them.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy, prismaCli, startTestPostgres, type TestPostgres } from "./testing/index.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server?.stop());

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("apply to an empty database with prisma migrate deploy", async () => {
    const url = await server.createDatabase();
    expect(await tables(url)).toEqual([]);
    expect(await migrateDeploy(url)).toMatch(/All migrations have been successfully applied/);
    expect(await tables(url)).toEqual(["Comparison", "Settings", "Snapshot", "SnapshotHistogram", "SnapshotSignal", "SnapshotSlo", "_prisma_migrations"]);
  });

  it("match schema.prisma exactly (migrate diff through a shadow database finds no difference)", async () => {
    const url = await server.createDatabase();
    const out = await prismaCli(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"], url);
    expect(out).toMatch(/No difference detected/);
  });
});

// Test support for suites that need Postgres: import from "@throtl/db/testing".
export { startTestPostgres, type TestPostgres } from "./postgres-process.ts";
export { resolvePgInstall, type PgInstall, type ServerUser } from "./pg-install.ts";
export { createTestDatabase, type TestDatabase } from "./test-database.ts";
export { applyMigrationFiles, migrateDeploy, prismaCli } from "./migrate.ts";
export { createTestSnapshot, snapshotInput, type SnapshotRecipe } from "./factories.ts";
export { queryRows, useTestDatabase, type PerFileDatabase } from "./per-file.ts";

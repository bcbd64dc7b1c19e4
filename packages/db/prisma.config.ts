// Prisma CLI configuration: the wasm schema engine through a pg driver adapter, so generate and
// migrate run offline. DATABASE_URL is read only when a command needs the database.
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter.ts";
import { databaseUrlFromEnv } from "./src/env.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => cliAdapter(databaseUrlFromEnv()),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

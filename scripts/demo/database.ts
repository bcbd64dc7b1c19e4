// The demo's database: DATABASE_URL when set (migrated first), else its own Postgres (postgres.ts).
// Either way the panel gets a migrated DATABASE_URL, so settings and snapshots work in the demo.
import { homedir } from "node:os";
import { parseDatabaseUrl } from "@throtl/db";
import { migrateDeploy } from "@throtl/db/testing";
import type { Child } from "./children.ts";
import { demoPgDir, startDemoPostgres } from "./postgres.ts";

export interface DemoDatabase {
  readonly url: string;
  /** For the summary: the URL without its password, and where it came from. */
  readonly describe: string;
  /** The embedded server, when the demo started one. */
  readonly child?: Child;
}

/** The URL with its password replaced, for printing. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password !== "") u.password = "***";
  return u.toString();
}

/** The script's own environment reader: DATABASE_URL, validated (the error names the variable). */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.DATABASE_URL?.trim();
  return raw ? parseDatabaseUrl(raw) : undefined;
}

export async function startDemoDatabase(o: { readonly pgDir: string | undefined; readonly log: (line: string) => void }): Promise<DemoDatabase> {
  const fromEnv = databaseUrlFromEnv();
  if (fromEnv !== undefined) {
    o.log("[demo] applying migrations to DATABASE_URL (prisma migrate deploy)...");
    await migrateDeploy(fromEnv);
    return { url: fromEnv, describe: `${redactUrl(fromEnv)}   (DATABASE_URL)` };
  }
  const dir = demoPgDir({ home: homedir(), isRoot: process.getuid?.() === 0, override: o.pgDir });
  const pg = await startDemoPostgres(dir);
  o.log(`[demo] Postgres ${pg.created ? "created" : "started"} in ${dir}; applying migrations (prisma migrate deploy)...`);
  try {
    await migrateDeploy(pg.url);
  } catch (e) {
    await pg.child.stop();
    throw e;
  }
  return { url: pg.url, describe: `${redactUrl(pg.url)}   (embedded, data in ${dir}; password in ${dir}/password)`, child: pg.child };
}

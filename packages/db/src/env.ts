// The only reader of process.env in @throtl/db. Parsed on first use, not at import, so tools that
// merely load the package (prisma generate, typecheck) need no database.
import { z } from "zod";

const urlSchema = (name: string) =>
  z
    .string({ error: `${name} is not set: set it to a postgresql:// connection string` })
    .trim()
    .min(1, { error: `${name} is empty: set it to a postgresql:// connection string`, abort: true })
    .refine((v) => /^postgres(ql)?:\/\/\S+$/.test(v) && URL.canParse(v), {
      error: `${name} is not a postgresql:// URL (postgresql://user:password@host:5432/database)`,
    });

export class DatabaseConfigError extends Error {
  override readonly name = "DatabaseConfigError";
}

/** Validates a connection string; the message names where it came from (DATABASE_URL by default). */
export function parseDatabaseUrl(value: string | undefined, name = "DATABASE_URL"): string {
  const parsed = urlSchema(name).safeParse(value);
  if (!parsed.success) throw new DatabaseConfigError(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return parseDatabaseUrl(env.DATABASE_URL);
}

/** Test helper only: a directory with initdb and postgres to use instead of the bundled ones. */
export function pgBinDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.THROTL_PG_BIN_DIR?.trim() || undefined;
}

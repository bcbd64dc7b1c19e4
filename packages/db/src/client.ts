// The one database client factory. Callers get an opaque Db handle; the Prisma client stays inside
// this package (query functions take the handle), so no Prisma type reaches the app.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { databaseUrlFromEnv, parseDatabaseUrl } from "./env.ts";

/** An open connection pool. Close it when done (tests, scripts); a server keeps one for its life. */
export interface Db {
  close(): Promise<void>;
}

export interface DbOptions {
  /** Default: DATABASE_URL, validated. */
  readonly url?: string;
  /** Pool size. Default 10. */
  readonly maxConnections?: number;
}

// On globalThis: Next bundles each route with its own copy of this module, while the app keeps one
// Db per process (apps/web server/db/db.ts); a module-level map would not know another copy's Db.
const registry = globalThis as typeof globalThis & { [key: symbol]: WeakMap<Db, PrismaClient> | undefined };
const CLIENTS = Symbol.for("throtl.db.clients");
const clients = (registry[CLIENTS] ??= new WeakMap<Db, PrismaClient>());

export function createDb(options: DbOptions = {}): Db {
  const url = options.url === undefined ? databaseUrlFromEnv() : parseDatabaseUrl(options.url, "the database url");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: options.maxConnections ?? 10 }) });
  const db: Db = { close: () => prisma.$disconnect() };
  clients.set(db, prisma);
  return db;
}

/** For this package's query functions only (not exported from index.ts). */
export function prismaOf(db: Db): PrismaClient {
  const prisma = clients.get(db);
  if (!prisma) throw new Error("Not a Db from createDb()");
  return prisma;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * One interactive transaction. Generous waits: under concurrent creation a transaction may queue
 * for a pooled connection (Prisma's default maxWait is 2 s).
 */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prismaOf(db).$transaction(fn, { maxWait: 15_000, timeout: 30_000 });
}

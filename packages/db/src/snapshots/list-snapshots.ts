// Listing: filters by tag, model and time, newest first, keyset pagination (stable while rows are
// added: a page never repeats or skips a snapshot, unlike offset paging).
import type { SnapshotSummary } from "@throtl/compare";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.ts";
import { prismaOf, type Db } from "../client.ts";
import { validate } from "../errors.ts";
import { toSummary } from "./from-rows.ts";

export const MAX_PAGE_SIZE = 100;

const cursorSchema = z
  .string()
  .transform((s, ctx) => {
    const [at, id] = Buffer.from(s, "base64url").toString("utf8").split("|");
    const createdAt = new Date(at ?? "");
    if (!id || !z.uuid().safeParse(id).success || Number.isNaN(createdAt.getTime())) {
      ctx.addIssue({ code: "custom", message: "not a cursor from a previous page" });
      return z.NEVER;
    }
    return { createdAt, id };
  });

const querySchema = z
  .object({
    /** Snapshots carrying every one of these tags. */
    tags: z.array(z.string().trim().min(1)).readonly().default([]),
    model: z.string().trim().min(1).optional(),
    /** Snapshots whose window overlaps [from, to]. */
    from: z.date().optional(),
    to: z.date().optional(),
    limit: z.int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: cursorSchema.nullish(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "to must not be before from" });

export type SnapshotListQuery = z.input<typeof querySchema>;

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

const encodeCursor = (s: { createdAt: Date; id: string }) => Buffer.from(`${s.createdAt.toISOString()}|${s.id}`).toString("base64url");

export async function listSnapshots(db: Db, query: SnapshotListQuery = {}): Promise<Page<SnapshotSummary>> {
  const q = validate(querySchema, query, "snapshot list query");
  const and: Prisma.SnapshotWhereInput[] = [];
  if (q.tags.length > 0) and.push({ tags: { hasEvery: [...q.tags] } });
  if (q.model) and.push({ model: q.model });
  if (q.from) and.push({ windowEnd: { gte: q.from } });
  if (q.to) and.push({ windowStart: { lte: q.to } });
  if (q.cursor) {
    const { createdAt, id } = q.cursor;
    and.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  const rows = await prismaOf(db).snapshot.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1, // one more tells whether another page exists
  });
  const items = rows.slice(0, q.limit).map(toSummary);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
}

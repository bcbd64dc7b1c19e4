// URL parameters of the snapshot list (API and page): ?tag=a&tag=b&model=m&from=ISO&to=ISO&limit=n&cursor=c.
// Pure; the shape errors name the parameter. Cursor and range checks stay in @throtl/db's validation.
import type { SnapshotListQuery } from "@throtl/db";
import { z } from "zod";

export type ParsedQuery =
  | { readonly ok: true; readonly value: SnapshotListQuery }
  | { readonly ok: false; readonly error: string; readonly issues: { path: string; message: string }[] };

const date = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((s) => new Date(s));
const schema = z.object({
  tag: z.array(z.string().trim().min(1).max(64)).max(32),
  model: z.string().trim().min(1).optional(),
  from: date.optional(),
  to: date.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().min(1).optional(),
});

export function parseListQuery(params: URLSearchParams): ParsedQuery {
  const single = (k: string) => params.get(k)?.trim() || undefined;
  const parsed = schema.safeParse({
    tag: params.getAll("tag").filter((t) => t.trim() !== ""),
    model: single("model"), from: single("from"), to: single("to"), limit: single("limit"), cursor: single("cursor"),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(query)", message: i.message }));
    return { ok: false, error: `Invalid snapshot list parameters: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues };
  }
  const { tag, ...rest } = parsed.data;
  return { ok: true, value: { tags: tag, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) } };
}

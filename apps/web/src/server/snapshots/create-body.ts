// The body of POST /api/snapshots ("Take snapshot" and API clients). Pure; every error names its field.
import { normalizeFlag } from "@throtl/compare";
import { z } from "zod";
import type { CaptureRequest } from "./capture-load.ts";

const flagValue = z.union([z.string().max(500), z.number().finite(), z.boolean(), z.null()]);

export const createBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  notes: z.string().max(10_000).optional(),
  tags: z.array(z.string().trim().min(1).max(64)).max(32).optional(),
  model: z.string().trim().min(1).nullable().optional(),
  instance: z.string().trim().min(1).nullable().optional(),
  windowSeconds: z.int().min(60).max(86_400).default(300),
  end: z.iso.datetime({ offset: true }).optional(),
  engineConfig: z.array(z.object({ flag: z.string().trim().min(1).max(100), value: flagValue }))
    .max(100).default([])
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((f, i) => {
        const flag = normalizeFlag(f.flag);
        if (seen.has(flag)) ctx.addIssue({ code: "custom", path: [i, "flag"], message: `${flag} is given twice` });
        seen.add(flag);
      });
    }),
  loadRun: z.json().optional(),
}).strict();

export type ParsedBody =
  | { readonly ok: true; readonly value: CaptureRequest }
  | { readonly ok: false; readonly error: string; readonly issues: { path: string; message: string }[] };

export function parseCreateBody(body: unknown, nowMs: number): ParsedBody {
  const parsed = createBodySchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
    return { ok: false, error: `Invalid snapshot request: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues };
  }
  const { end, notes, tags, model, instance, loadRun, ...rest } = parsed.data;
  const endMs = end === undefined ? undefined : Date.parse(end);
  if (endMs !== undefined && endMs > nowMs + 60_000) {
    return { ok: false, error: "Invalid snapshot request: end: must not be in the future", issues: [{ path: "end", message: "must not be in the future" }] };
  }
  const value: CaptureRequest = {
    ...rest, model: model ?? null, instance: instance ?? null,
    ...(notes !== undefined ? { notes } : {}), ...(tags !== undefined ? { tags } : {}),
    ...(loadRun !== undefined ? { loadRun } : {}), ...(endMs !== undefined ? { endMs } : {}),
  };
  return { ok: true, value };
}

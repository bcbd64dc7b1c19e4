// Save a comparison: POST { baseId, candidateId, name? } → 201 { id, ... }; its page is /comparisons/<id>.
import { createComparison } from "@throtl/db";
import { z } from "zod";
import { getDb } from "../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../server/db/http-errors.ts";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ baseId: z.string().min(1), candidateId: z.string().min(1), name: z.string().trim().max(200).nullish() });

export async function POST(request: Request): Promise<Response> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return errorResponse(400, { error: "Invalid comparison: (body): not JSON", issues: [{ path: "(body)", message: "not JSON" }] });
  }
  const body = bodySchema.safeParse(raw);
  if (!body.success) {
    const issues = body.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
    return errorResponse(400, { error: `Invalid comparison: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues });
  }
  try {
    const { baseId, candidateId, name } = body.data;
    const saved = await createComparison(getDb(), { baseId, candidateId, name: name || null });
    return Response.json({ ...saved, url: `/comparisons/${saved.id}` }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e, { write: true });
  }
}

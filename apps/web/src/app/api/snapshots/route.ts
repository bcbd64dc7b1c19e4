// Snapshots: GET lists them (filters: tag, model, from, to; keyset pages).
import { listSnapshots } from "@throtl/db";
import { getDb } from "../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../server/db/http-errors.ts";
import { parseListQuery } from "../../../server/snapshots/list-query.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const query = parseListQuery(new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(400, { error: query.error, issues: query.issues });
  try {
    const page = await listSnapshots(getDb(), query.value);
    return Response.json(page, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

// Snapshots: GET lists them (filters: tag, model, from, to; keyset pages); POST captures one from live
// data (body: server/snapshots/create-body.ts) and stores it in one transaction.
import { listSnapshots } from "@throtl/db";
import { isSourceUnavailable } from "../../../server/data-source.ts";
import { getDb } from "../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../server/db/http-errors.ts";
import { NoDataError } from "../../../server/snapshots/capture-load.ts";
import { parseCreateBody } from "../../../server/snapshots/create-body.ts";
import { parseListQuery } from "../../../server/snapshots/list-query.ts";
import { takeSnapshot } from "../../../server/snapshots/take-snapshot.ts";

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

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return errorResponse(400, { error: "The request body must be JSON", issues: [{ path: "(body)", message: "not valid JSON" }] });
  }
  const parsed = parseCreateBody(body, Date.now());
  if (!parsed.ok) return errorResponse(400, { error: parsed.error, issues: parsed.issues });
  try {
    const { id, name, notes, tags, scope, window, backend, createdAt } = await takeSnapshot({ db: getDb() }, parsed.value);
    return Response.json({ id, name, notes, tags, scope, window, backend, createdAt }, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (e) {
    if (e instanceof NoDataError) return errorResponse(422, { error: e.message });
    if (isSourceUnavailable(e)) return errorResponse(503, { error: `No live data to capture; nothing was written. (${e.message})` });
    return toErrorResponse(e, { write: true });
  }
}

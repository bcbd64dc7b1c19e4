// Run-manager failures → HTTP, once for every load-run route. Anything else goes to the stored
// features' mapping (404 snapshot, 503 database, 500 bug).
import { errorResponse, toErrorResponse } from "../db/http-errors.ts";
import { asLoadRunError } from "./errors.ts";

export function loadRunErrorResponse(e: unknown, options: { readonly write?: boolean } = {}): Response {
  const err = asLoadRunError(e);
  switch (err?.kind) {
    case "invalid_run_request": return errorResponse(400, { error: err.message, issues: err.issues });
    case "run_not_found": return errorResponse(404, { error: err.message });
    case "run_conflict": return Response.json({ error: err.message, runId: err.runId ?? null }, { status: 409, headers: { "cache-control": "no-store" } });
    case "endpoint_unavailable": return errorResponse(502, { error: err.message });
  }
  return toErrorResponse(e, options);
}

/** The request body as JSON, or a 400 naming the problem. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch (e) {
    return { ok: false, response: errorResponse(400, { error: `The body is not JSON: ${(e as Error).message}` }) };
  }
}

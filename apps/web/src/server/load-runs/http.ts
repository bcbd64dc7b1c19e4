// Run-manager failures → HTTP, once for every load-run route. Anything else goes to the stored
// features' mapping (404 snapshot, 503 database, 500 bug).
import { errorResponse, toErrorResponse } from "../db/http-errors.ts";
import { EndpointUnavailableError, InvalidRunRequestError, RunConflictError, RunNotFoundError } from "./errors.ts";

export function loadRunErrorResponse(e: unknown, options: { readonly write?: boolean } = {}): Response {
  if (e instanceof InvalidRunRequestError) return errorResponse(400, { error: e.message, issues: e.issues });
  if (e instanceof RunNotFoundError) return errorResponse(404, { error: e.message });
  if (e instanceof RunConflictError) return Response.json({ error: e.message, runId: e.runId ?? null }, { status: 409, headers: { "cache-control": "no-store" } });
  if (e instanceof EndpointUnavailableError) return errorResponse(502, { error: e.message });
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

// One mapping from the stored features' errors to HTTP answers, so every route says the same thing
// for the same failure: 404 unknown id, 400 bad input (with the field paths), 503 database missing
// or unreachable. Anything else is a bug: 500 with the message, logged.
import { ImportError, InvalidInputError, NotFoundError } from "@throtl/db";
import { DatabaseNotConfiguredError } from "./db.ts";

export interface ErrorBody {
  readonly error: string;
  /** Field-level problems: `path` is the dotted path into the request body or file. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

const NO_STORE = { "cache-control": "no-store" };

export function errorResponse(status: number, body: ErrorBody): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Postgres down, refusing, or the pool timing out: the request may succeed later. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message} ${String((e as { code?: unknown }).code ?? "")}` : String(e);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|57P01|57P03|08006|08001|08003|Connection terminated|connection.*(closed|refused|timeout)|Can't reach database|timed out fetching a new connection|DatabaseNotReachable|P1001|P1017|P2024/i.test(text);
}

/** `write`: the request would have written (the message then says that nothing was: every write is one transaction). */
export function toErrorResponse(e: unknown, options: { readonly write?: boolean } = {}): Response {
  if (e instanceof NotFoundError) return errorResponse(404, { error: e.message });
  if (e instanceof InvalidInputError) return errorResponse(400, { error: e.message, issues: e.issues });
  if (e instanceof ImportError) return errorResponse(400, { error: e.message, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) });
  if (e instanceof DatabaseNotConfiguredError) return errorResponse(503, { error: e.message });
  if (isDatabaseUnavailable(e)) {
    const cause = e instanceof Error ? (e.message.trim().split("\n").at(-1) ?? e.name) : String(e);
    return errorResponse(503, { error: `The database is unreachable${options.write ? "; nothing was written" : ""}. (${cause})` });
  }
  console.error("[throtl] unexpected error", e);
  return errorResponse(500, { error: e instanceof Error ? e.message : String(e) });
}

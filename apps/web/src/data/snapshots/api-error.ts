// The API's error answers ({ error, issues? } from server/db/http-errors.ts) as lines for a form.

export interface ApiErrorView {
  readonly message: string;
  /** "path: message" per field the message does not already say. */
  readonly fields: readonly string[];
}

export function apiErrorView(status: number, body: unknown): ApiErrorView {
  const b = typeof body === "object" && body !== null ? (body as { error?: unknown; issues?: unknown }) : {};
  const message = typeof b.error === "string" && b.error !== "" ? b.error : `Request failed (HTTP ${status})`;
  const issues = Array.isArray(b.issues) ? b.issues : [];
  const fields = issues
    .filter((i): i is { path: string; message: string } => typeof i === "object" && i !== null && typeof i.path === "string" && typeof i.message === "string")
    .map((i) => `${i.path}: ${i.message}`)
    .filter((f) => !message.includes(f));
  return { message, fields };
}

/** Reads a Response's error body; a body that is not JSON still gives a message with the status. */
export async function readApiError(res: Response): Promise<ApiErrorView> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy's HTML page): the status alone
  }
  return apiErrorView(res.status, body);
}

/** The message of an OpenAI/vLLM error body ({"error": {"message"}} or {"object": "error", "message"}), else the text. */
export function errorText(status: number, body: string): string {
  let message = body.trim().slice(0, 300);
  try {
    const j = JSON.parse(body) as { message?: unknown; error?: { message?: unknown } | string };
    const m = typeof j.error === "object" ? j.error?.message : j.error ?? j.message;
    if (typeof m === "string") message = m;
  } catch {
    // not JSON: the raw text stands
  }
  return `HTTP ${status}${message ? `: ${message}` : ""}`;
}

/** "connect ECONNREFUSED 127.0.0.1:9" and the like: Node's message already names the code and address. */
export function socketErrorText(e: Error & { code?: string }): string {
  return e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
}

/** One SSE event as a test client sees it: the parsed JSON (or "[DONE]") and the virtual time it arrived. */
export interface ReceivedEvent {
  readonly data: Record<string, unknown> | "[DONE]";
  readonly at: number;
}

/**
 * Reads an SSE body event by event, stamping each with `now()` on arrival; stops early after
 * `stopAfter` events (cancelling the body, as a client that goes away would).
 */
export async function readSse(res: Response, now: () => number, stopAfter = Number.POSITIVE_INFINITY): Promise<ReceivedEvent[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: ReceivedEvent[] = [];
  let buf = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      if (!block.startsWith("data: ")) throw new Error(`not an SSE data line: ${block}`);
      const payload = block.slice(6);
      events.push({ data: payload === "[DONE]" ? "[DONE]" : (JSON.parse(payload) as Record<string, unknown>), at: now() });
      if (events.length >= stopAfter) {
        await reader.cancel();
        return events;
      }
    }
  }
  if (buf.length > 0) throw new Error(`trailing bytes after the last event: ${JSON.stringify(buf)}`);
  return events;
}

/** The JSON chunks (without [DONE]). */
export function chunksOf(events: readonly ReceivedEvent[]): Record<string, unknown>[] {
  return events.flatMap((e) => (e.data === "[DONE]" ? [] : [e.data]));
}

export function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...init });
}

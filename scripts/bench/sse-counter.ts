const EVENT = Buffer.from("data: {");
const DONE = Buffer.from("data: [DONE]");
const STATUS = Buffer.from("HTTP/1.1 ");
const KEEP = 16;

export interface ChunkCounts {
  /** SSE data events with a JSON payload: one streamed token each (vLLM sends one token per chunk). */
  readonly events: number;
  /** `data: [DONE]`: a stream ended. */
  readonly done: number;
  /** Responses started, and those not 200. */
  readonly responses: number;
  readonly errors: number;
}

/**
 * Counts SSE events on one keep-alive connection from raw socket reads, without decoding HTTP
 * framing: the patterns are short and a pattern cut between two reads is found by keeping the
 * previous read's last bytes. Cheap enough that the client costs less CPU than the server it measures.
 */
export class SseCounter {
  private tail = Buffer.alloc(0);

  feed(buf: Buffer): ChunkCounts {
    const scan = this.tail.length > 0 ? Buffer.concat([this.tail, buf]) : buf;
    const from = this.tail.length;
    // Matches of length `len` that end inside the new bytes; earlier ones were counted with the previous read.
    const each = (p: Buffer, len: number, hit: (i: number) => void) => {
      for (let i = scan.indexOf(p, Math.max(0, from - len + 1)); i >= 0 && i + len <= scan.length; i = scan.indexOf(p, i + p.length)) hit(i);
    };
    let events = 0, done = 0, responses = 0, errors = 0;
    each(EVENT, EVENT.length, () => events++);
    each(DONE, DONE.length, () => done++);
    // The status line counts once its 3-digit code has arrived.
    each(STATUS, STATUS.length + 3, (i) => {
      responses++;
      if (scan.toString("latin1", i + STATUS.length, i + STATUS.length + 3) !== "200") errors++;
    });
    this.tail = Buffer.from(scan.subarray(Math.max(0, scan.length - KEEP)));
    return { events, done, responses, errors };
  }
}

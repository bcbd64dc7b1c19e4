import { readChunk } from "./chunk.ts";
import { fastTokenChunk } from "./fast-chunk.ts";

/**
 * Per-request bookkeeping of a streamed response, fed each SSE data event with the time it was read.
 * Pure: the caller supplies the clock, so tests replay exact timings.
 */
export class StreamTally {
  /** Times (ms, the caller's clock) of the chunks that carried text. */
  readonly tokenTimes: number[] = [];
  id: string | undefined;
  finishReason: string | undefined;
  usage: { promptTokens: number; completionTokens: number } | undefined;
  done = false;
  error: string | undefined;

  onData(data: string, t: number): void {
    if (data === "[DONE]") {
      this.done = true;
      return;
    }
    // Once the id is known, plain token chunks need no parse (the first and the last ones do).
    const fast = this.id === undefined ? undefined : fastTokenChunk(data);
    if (fast !== undefined) {
      if (fast) this.tokenTimes.push(t);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.error ??= `malformed SSE data: ${data.slice(0, 120)}`;
      return;
    }
    const c = readChunk(json);
    if (c.error !== undefined) this.error ??= c.error;
    this.id ??= c.id;
    if (c.text) this.tokenTimes.push(t);
    if (c.finishReason !== undefined) this.finishReason = c.finishReason;
    if (c.usage) this.usage = c.usage;
  }

  /** A stream is complete once [DONE] or a finish_reason arrived (not every server sends [DONE]). */
  get complete(): boolean {
    return this.done || this.finishReason !== undefined;
  }
}

import { TextDecoder } from "node:util";
import { readChunk } from "./chunk.ts";
import type { Exchanger } from "./connection.ts";
import { errorText } from "./error-text.ts";
import type { ErrorKind, Exchange } from "./exchange.ts";
import { SseReader } from "./sse-reader.ts";
import { StreamTally } from "./stream-tally.ts";

/** Bodies past this are not kept for parsing (a non-streaming answer is far smaller). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * One request from send to last byte: times each read, decodes the body (SSE chunks or one JSON
 * answer) and settles once, with a result or the reason it failed.
 */
export class PendingExchange implements Exchanger {
  private status = 0;
  private streaming = false;
  private readonly tally = new StreamTally();
  /** Made on a streamed 200 only; a JSON answer is decoded once, whole. */
  private decoder: TextDecoder | undefined;
  private sse: SseReader | undefined;
  private pieces: Buffer[] = [];
  private kept = 0;
  private readAt = 0;
  private rxBytes = 0;
  private settled = false;

  constructor(
    private readonly stream: boolean,
    private readonly sentAt: number,
    private readonly txBytes: number,
    private readonly onTokens: ((n: number) => void) | undefined,
    private readonly resolve: (x: Exchange) => void,
  ) {}

  read(bytes: number, at: number): void {
    this.rxBytes += bytes;
    this.readAt = at;
  }

  head(status: number): void {
    this.status = status;
    this.streaming = this.stream && status === 200;
    if (this.streaming) {
      this.decoder = new TextDecoder();
      this.sse = new SseReader((d) => this.tally.onData(d, this.readAt));
    }
  }

  body(piece: Buffer): void {
    if (!this.streaming) {
      // `piece` views the socket's buffer: keep a copy.
      if (this.kept < MAX_BODY_BYTES) this.pieces.push(Buffer.from(piece));
      this.kept += piece.length;
      return;
    }
    const before = this.tally.tokenTimes.length;
    this.sse!.feed(this.decoder!.decode(piece, { stream: true }));
    if (this.onTokens && this.tally.tokenTimes.length > before) this.onTokens(this.tally.tokenTimes.length - before);
  }

  end(): void {
    if (this.status !== 200) return this.settle({ kind: "http", message: errorText(this.status, this.text()) });
    if (!this.streaming) return this.settle(this.readBody());
    if (this.tally.error !== undefined) return this.settle({ kind: "stream", message: this.tally.error });
    if (!this.tally.complete) {
      const tail = this.sse?.pending ? `; unterminated: ${this.sse.pending.slice(0, 80)}` : "";
      return this.settle({ kind: "stream", message: `stream ended without finish_reason or [DONE] after ${this.tally.tokenTimes.length} chunks${tail}` });
    }
    this.settle(undefined);
  }

  error(message: string): void {
    if (this.status === 0) this.settle({ kind: "connect", message });
    else this.settle({ kind: "stream", message: `stream broken after ${this.tally.tokenTimes.length} chunks: ${message}` });
  }

  /** Ends it from outside (timeout, cancel); a no-op once settled. Returns whether it was still open. */
  abort(kind: ErrorKind, message: string): boolean {
    if (this.settled) return false;
    this.settle({ kind, message: kind === "timeout" ? `${message} (${this.status === 0 ? "no response yet" : `${this.tally.tokenTimes.length} chunks read`})` : message });
    return true;
  }

  get open(): boolean {
    return !this.settled;
  }

  private settle(error: { kind: ErrorKind; message: string } | undefined): void {
    if (this.settled) return;
    this.settled = true;
    const t = this.tally;
    this.resolve({
      status: this.status, sentAt: this.sentAt, endAt: performance.now(), tokenTimes: t.tokenTimes,
      ...(t.usage ? { usage: t.usage } : {}), ...(t.id ? { responseId: t.id } : {}), ...(t.finishReason ? { finishReason: t.finishReason } : {}),
      ...(error ? { error } : {}), txBytes: this.txBytes, rxBytes: this.rxBytes,
    });
  }

  /** A non-streaming 200 body: usage and id; an unreadable body is a stream error. */
  private text(): string {
    return this.pieces.length === 1 ? this.pieces[0]!.toString("utf8") : Buffer.concat(this.pieces).toString("utf8");
  }

  private readBody(): { kind: ErrorKind; message: string } | undefined {
    const text = this.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: "stream", message: `response is not JSON: ${text.slice(0, 120)}` };
    }
    const c = readChunk(json);
    if (c.error !== undefined) return { kind: "stream", message: c.error };
    this.tally.id = c.id;
    this.tally.usage = c.usage;
    this.tally.finishReason = c.finishReason;
    return undefined;
  }
}

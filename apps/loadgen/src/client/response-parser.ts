/** What the parser reports, in order: one head, body pieces, then end or error. */
export interface ResponseEvents {
  head(status: number): void;
  /** A piece of the body (chunk framing removed): a view into the read buffer, valid during the call only. */
  body(piece: Buffer): void;
  /** The response is complete; `keepAlive` when the connection may carry the next request. */
  end(keepAlive: boolean): void;
  error(message: string): void;
}

const enum State { Head, Length, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Done }
const MAX_HEAD = 64 * 1024;
const CRLF = Buffer.from("\r\n");
const HEAD_END = Buffer.from("\r\n\r\n");

/**
 * An HTTP/1.1 response parser over raw socket reads: status line and headers, then a body framed by
 * content-length, chunked transfer-encoding or the connection's close. Pure; one per connection.
 */
export class ResponseParser {
  private state = State.Head;
  private pending: Buffer | undefined;
  private remaining = 0;
  private keepAlive = true;

  constructor(private readonly on: ResponseEvents) {}

  /** Ready for the next response on the same connection. */
  reset(): void {
    this.state = State.Head;
    this.pending = undefined;
  }

  get done(): boolean {
    return this.state === State.Done;
  }

  /** Whether a response has started (its head was read). */
  get started(): boolean {
    return this.state !== State.Head;
  }

  /** `input` may be reused by the caller once this returns: whatever is kept is copied. */
  feed(input: Buffer): void {
    const buf = this.pending ? Buffer.concat([this.pending, input]) : input;
    this.pending = undefined;
    let at = 0;
    while (at < buf.length && this.state !== State.Done) {
      switch (this.state) {
        case State.Head: {
          const end = buf.indexOf(HEAD_END, at);
          if (end < 0) {
            if (buf.length - at > MAX_HEAD) {
              this.fail(`response head over ${MAX_HEAD} bytes`);
              return;
            }
            this.pending = Buffer.from(buf.subarray(at));
            return;
          }
          if (!this.readHead(buf.toString("latin1", at, end))) return;
          at = end + 4;
          break;
        }
        case State.Length: {
          const n = Math.min(this.remaining, buf.length - at);
          this.on.body(buf.subarray(at, at + n));
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) this.finish();
          break;
        }
        case State.ChunkSize:
        case State.ChunkEnd:
        case State.Trailers: {
          const nl = buf.indexOf(CRLF, at);
          if (nl < 0) {
            this.pending = Buffer.from(buf.subarray(at));
            return;
          }
          const line = buf.toString("latin1", at, nl);
          at = nl + 2;
          if (!this.readLine(line)) return;
          break;
        }
        case State.ChunkData: {
          const n = Math.min(this.remaining, buf.length - at);
          this.on.body(buf.subarray(at, at + n));
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) this.state = State.ChunkEnd;
          break;
        }
        case State.UntilClose:
          this.on.body(buf.subarray(at));
          at = buf.length;
          break;
      }
    }
  }

  /** The connection closed: completes a body read until close; anything else was cut short. */
  closed(): void {
    if (this.state === State.UntilClose) {
      this.state = State.Done;
      this.on.end(false);
    } else if (this.state !== State.Done) {
      this.fail(this.state === State.Head ? "connection closed before a response" : "connection closed mid-response");
    }
  }

  private readHead(text: string): boolean {
    const m = /^HTTP\/1\.([01]) (\d{3})/.exec(text);
    if (!m) return this.fail(`not an HTTP/1.1 response: ${JSON.stringify(text.split("\r\n", 1)[0]!.slice(0, 60))}`);
    const status = Number(m[2]);
    // 1xx answers precede the real one (we never ask for 100-continue, but a server may send 103).
    if (status >= 100 && status < 200) return true;
    // Only three headers decide the framing: found in the lower-cased head, no header map built.
    const lower = text.toLowerCase();
    const header = (name: string) => {
      const i = lower.indexOf(`\r\n${name}:`);
      if (i < 0) return undefined;
      const end = lower.indexOf("\r\n", i + 2);
      return lower.slice(i + name.length + 3, end < 0 ? undefined : end).trim();
    };
    this.keepAlive = m[1] === "1" && !/\bclose\b/.test(header("connection") ?? "");
    this.on.head(status);
    const length = header("content-length");
    if (/\bchunked\b/.test(header("transfer-encoding") ?? "")) this.state = State.ChunkSize;
    else if (status === 204 || status === 304) this.finish();
    else if (length !== undefined) {
      this.remaining = Number(length);
      if (!Number.isSafeInteger(this.remaining) || this.remaining < 0) return this.fail(`bad content-length ${JSON.stringify(length)}`);
      if (this.remaining === 0) this.finish();
      else this.state = State.Length;
    } else {
      this.keepAlive = false;
      this.state = State.UntilClose;
    }
    return true;
  }

  private readLine(line: string): boolean {
    if (this.state === State.ChunkEnd) {
      if (line !== "") return this.fail("chunk not followed by CRLF");
      this.state = State.ChunkSize;
    } else if (this.state === State.ChunkSize) {
      const size = Number.parseInt(line, 16);
      if (!/^[0-9a-fA-F]+/.test(line) || !Number.isSafeInteger(size)) return this.fail(`bad chunk size ${JSON.stringify(line.slice(0, 20))}`);
      if (size === 0) this.state = State.Trailers;
      else {
        this.remaining = size;
        this.state = State.ChunkData;
      }
    } else if (line === "") {
      this.finish();
    }
    return true;
  }

  private finish(): void {
    this.state = State.Done;
    this.on.end(this.keepAlive);
  }

  private fail(message: string): false {
    this.state = State.Done;
    this.on.error(message);
    return false;
  }
}

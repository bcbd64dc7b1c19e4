import { Connection, type ReadTicks } from "./connection.ts";
import type { Exchange } from "./exchange.ts";
import { PendingExchange } from "./pending-exchange.ts";

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** Whole-request limit, send to last byte. */
  readonly timeoutMs: number;
}

/**
 * HTTP/1.1 on raw keep-alive sockets, one request per connection at a time: one string, one write;
 * responses parsed from socket reads, each timed. Chosen over node:http and undici by measurement
 * (docs/loadgen.md). Never rejects: failures come back in `error`.
 */
export class HttpClient {
  private readonly url: URL;
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();
  /** Requests in flight, with their connection and deadline (performance.now() ms). */
  private readonly open = new Map<PendingExchange, { conn: Connection; deadline: number }>();
  private sweeper: NodeJS.Timeout | undefined;
  private readonly headTail: string;
  private readonly basePath: string;
  private readonly ticks: ReadTicks = { hook: undefined };
  /** Every plain-TCP read lands here (Connection says why it can be shared). */
  private readonly reads = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly opts: HttpClientOptions) {
    this.url = new URL(opts.baseUrl);
    this.basePath = this.url.pathname.replace(/\/$/, "");
    const auth = opts.apiKey ? `authorization: Bearer ${opts.apiKey}\r\n` : "";
    this.headTail = ` HTTP/1.1\r\nhost: ${this.url.host}\r\ncontent-type: application/json\r\naccept: */*\r\n${auth}content-length: `;
  }

  send(path: string, body: string, stream: boolean, onTokens?: (n: number) => void): Promise<Exchange> {
    return new Promise((resolve) => {
      const bodyBytes = Buffer.byteLength(body);
      const head = `POST ${this.basePath}${path}${this.headTail}${bodyBytes}\r\n\r\n`;
      const conn = this.idle.pop() ?? this.connect();
      const sentAt = performance.now();
      // The head is ASCII (the URL's path is percent-encoded), so its length is its byte count.
      const x: PendingExchange = new PendingExchange(stream, sentAt, head.length + bodyBytes, onTokens, (result) => {
        this.open.delete(x);
        if (this.open.size === 0) this.stopSweeper();
        resolve(result);
      });
      this.open.set(x, { conn, deadline: sentAt + this.opts.timeoutMs });
      this.sweeper ??= setInterval(this.sweep, Math.min(100, this.opts.timeoutMs / 4));
      conn.start(x, head + body);
    });
  }

  /** Calls `hook` with the time of every response read, after it is parsed; undefined stops it. */
  watchReads(hook: ((now: number) => void) | undefined): void {
    this.ticks.hook = hook;
  }

  /** Ends every request in flight as "aborted" (a stopped run, a drained probe). */
  cancelAll(): void {
    for (const x of [...this.open.keys()]) this.end(x, "aborted", "cancelled by the load generator (run stopped)");
  }

  /** Closes every connection; requests in flight end as "aborted". */
  close(): void {
    this.cancelAll();
    for (const c of this.all) c.socket.destroy();
  }

  /** One timer for every request: timeouts land within 100 ms (a quarter of short ones) of due. */
  private readonly sweep = (): void => {
    const now = performance.now();
    for (const [x, { deadline }] of this.open) if (now >= deadline) this.end(x, "timeout", `no complete response within ${this.opts.timeoutMs / 1000} s`);
  };

  private stopSweeper(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  private end(x: PendingExchange, kind: "timeout" | "aborted", message: string): void {
    const entry = this.open.get(x);
    if (entry && x.abort(kind, message)) entry.conn.abandon();
  }

  private connect(): Connection {
    const c: Connection = new Connection(this.url, (idle) => this.idle.push(idle), (gone) => {
      this.all.delete(gone);
      const i = this.idle.indexOf(gone);
      if (i >= 0) this.idle.splice(i, 1);
    }, this.ticks, this.reads);
    this.all.add(c);
    return c;
  }
}

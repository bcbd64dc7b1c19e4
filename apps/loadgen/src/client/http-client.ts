import { Connection } from "./connection.ts";
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
  private readonly open = new Map<PendingExchange, { conn: Connection; timer: NodeJS.Timeout }>();
  private readonly headTail: string;
  private readonly basePath: string;

  constructor(private readonly opts: HttpClientOptions) {
    this.url = new URL(opts.baseUrl);
    this.basePath = this.url.pathname.replace(/\/$/, "");
    const auth = opts.apiKey ? `authorization: Bearer ${opts.apiKey}\r\n` : "";
    this.headTail = ` HTTP/1.1\r\nhost: ${this.url.host}\r\ncontent-type: application/json\r\naccept: */*\r\n${auth}content-length: `;
  }

  send(path: string, body: string, stream: boolean, onTokens?: (n: number) => void): Promise<Exchange> {
    return new Promise((resolve) => {
      const request = `POST ${this.basePath}${path}${this.headTail}${Buffer.byteLength(body)}\r\n\r\n${body}`;
      const conn = this.idle.pop() ?? this.connect();
      const x: PendingExchange = new PendingExchange(stream, performance.now(), Buffer.byteLength(request), onTokens, (result) => {
        const entry = this.open.get(x);
        if (entry) clearTimeout(entry.timer);
        this.open.delete(x);
        resolve(result);
      });
      const timer = setTimeout(() => this.end(x, "timeout", `no complete response within ${this.opts.timeoutMs / 1000} s`), this.opts.timeoutMs);
      this.open.set(x, { conn, timer });
      conn.start(x, request);
    });
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

  private end(x: PendingExchange, kind: "timeout" | "aborted", message: string): void {
    const entry = this.open.get(x);
    if (entry && x.abort(kind, message)) entry.conn.abandon();
  }

  private connect(): Connection {
    const c: Connection = new Connection(this.url, (idle) => this.idle.push(idle), (gone) => {
      this.all.delete(gone);
      const i = this.idle.indexOf(gone);
      if (i >= 0) this.idle.splice(i, 1);
    });
    this.all.add(c);
    return c;
  }
}

import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { ResponseParser, type ResponseEvents } from "./response-parser.ts";

/** Whoever uses a connection for one exchange: the parser's events plus the bytes and times of reads. */
export interface Exchanger extends ResponseEvents {
  /** Every socket read, before it is parsed: its size and when it was read. */
  read(bytes: number, at: number): void;
}

/** Whoever wants the time of every read (the open loop's sleep, just before a send is due). */
export interface ReadTicks {
  hook: ((now: number) => void) | undefined;
}

/**
 * One keep-alive socket with its parser, handlers attached once. `user` is the exchange in progress;
 * `onIdle` gets the connection back after a reusable response, `onGone` after it closed.
 */
export class Connection {
  readonly socket: Socket;
  private readonly parser: ResponseParser;
  private user: Exchanger | undefined;
  private lastError: (Error & { code?: string }) | undefined;
  private connected = false;

  /**
   * `reads` (plain TCP only; TLS keeps 'data' events) is a buffer every read lands in, shared by the
   * client's connections: reads run one at a time and nothing keeps a view past its call (the parser
   * and the exchange copy what they keep), so a read allocates no Buffer of its own.
   */
  constructor(url: URL, private readonly onIdle: (c: Connection) => void, private readonly onGone: (c: Connection) => void, private readonly ticks: ReadTicks, reads?: Buffer) {
    const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
    const onread = reads ? { buffer: reads, callback: (n: number, buf: Uint8Array) => { this.onData(buf as Buffer, n); return true; } } : undefined;
    this.socket = url.protocol === "https:"
      ? tlsConnect({ host: url.hostname, port, servername: url.hostname })
      : netConnect({ host: url.hostname, port, noDelay: true, ...(onread ? { onread } : {}) });
    this.socket.setNoDelay(true);
    this.parser = new ResponseParser({
      head: (status) => this.user?.head(status),
      body: (piece) => this.user?.body(piece),
      end: (keepAlive) => this.release(keepAlive, (u) => u.end(keepAlive)),
      error: (message) => this.release(false, (u) => u.error(message)),
    });
    this.socket.once("connect", () => (this.connected = true));
    if (!onread) this.socket.on("data", (b: Buffer) => this.onData(b, b.length));
    this.socket.on("error", (e) => (this.lastError = e));
    this.socket.on("close", () => {
      if (this.user) {
        if (this.parser.started) this.parser.closed();
        else this.release(false, (u) => u.error(this.closeReason()));
      }
      this.onGone(this);
    });
  }

  private onData(b: Buffer, n: number): void {
    if (!this.user) return void this.socket.destroy(); // unasked-for bytes: the connection is unusable
    const at = performance.now();
    this.user.read(n, at);
    this.parser.feed(n === b.length ? b : b.subarray(0, n));
    this.ticks.hook?.(at);
  }

  /** Starts an exchange: the request goes out in one write. */
  start(user: Exchanger, request: string): void {
    this.user = user;
    this.parser.reset();
    this.socket.write(request);
  }

  /** Ends the exchange in progress without a response (timeout, cancel): the socket cannot be reused. */
  abandon(): void {
    this.user = undefined;
    this.socket.destroy();
  }

  private release(keepAlive: boolean, notify: (u: Exchanger) => void): void {
    const u = this.user;
    this.user = undefined;
    if (keepAlive) this.onIdle(this);
    else this.socket.destroy();
    if (u) notify(u);
  }

  private closeReason(): string {
    const e = this.lastError;
    if (e) return e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
    return this.connected ? "connection closed before a response" : "connection closed before it was established";
  }
}

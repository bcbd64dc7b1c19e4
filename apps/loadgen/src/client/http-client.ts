import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { readChunk } from "./chunk.ts";
import { errorText, socketErrorText } from "./error-text.ts";
import type { ErrorKind, Exchange } from "./exchange.ts";
import { SseReader } from "./sse-reader.ts";
import { StreamTally } from "./stream-tally.ts";

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** Whole-request limit, connect to last byte. */
  readonly timeoutMs: number;
}

/** Bodies past this are not kept for parsing (a non-streaming answer is far smaller). */
const MAX_BODY_CHARS = 16 * 1024 * 1024;

/**
 * node:http with keep-alive, one connection per request in flight. Chosen over undici after measuring
 * both on the fake backend: equal CPU per streamed token (13–16 µs, docs/loadgen.md), and node:http's
 * socket counters give each request's exact wire bytes. Never rejects: failures come back in `error`.
 */
export class HttpClient {
  private readonly agent: http.Agent;
  private readonly mod: typeof http | typeof https;
  private readonly url: URL;
  private readonly headers: Record<string, string>;

  constructor(private readonly opts: HttpClientOptions) {
    this.url = new URL(opts.baseUrl);
    this.mod = this.url.protocol === "https:" ? https : http;
    this.agent = new this.mod.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY, scheduling: "lifo" });
    this.headers = { "content-type": "application/json", ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) };
  }

  send(path: string, body: string, stream: boolean, signal?: AbortSignal, onTokens?: (n: number) => void): Promise<Exchange> {
    return new Promise((resolve) => {
      const sentAt = performance.now();
      const tally = new StreamTally();
      let readAt = 0;
      const sse = new SseReader((d) => tally.onData(d, readAt));
      let status = 0;
      let text = "";
      let socket: Socket | undefined;
      let tx0 = 0;
      let rx0 = 0;
      let cause: { kind: ErrorKind; message: string } | undefined;
      let settled = false;

      const finish = (error?: { kind: ErrorKind; message: string }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const endAt = performance.now();
        const err = cause ?? error;
        resolve({
          status, sentAt, endAt, tokenTimes: tally.tokenTimes, usage: tally.usage, responseId: tally.id, finishReason: tally.finishReason,
          ...(err ? { error: err } : {}),
          txBytes: socket ? socket.bytesWritten - tx0 : 0, rxBytes: socket ? socket.bytesRead - rx0 : 0,
        });
      };
      const fail = (e: Error & { code?: string }) => finish({ kind: status === 0 ? "connect" : "stream", message: status === 0 ? socketErrorText(e) : `stream broken after ${tally.tokenTimes.length} chunks: ${socketErrorText(e)}` });

      const req = this.mod.request({
        protocol: this.url.protocol, hostname: this.url.hostname, port: this.url.port || undefined, path: this.url.pathname.replace(/\/$/, "") + path,
        method: "POST", agent: this.agent, headers: { ...this.headers, "content-length": Buffer.byteLength(body) },
      }, (res) => {
        status = res.statusCode ?? 0;
        res.setEncoding("utf8");
        const streaming = stream && status === 200;
        res.on("data", streaming ? (c: string) => {
          readAt = performance.now();
          const before = tally.tokenTimes.length;
          sse.feed(c);
          if (onTokens && tally.tokenTimes.length > before) onTokens(tally.tokenTimes.length - before);
        } : (c: string) => { if (text.length < MAX_BODY_CHARS) text += c; });
        res.on("end", () => {
          if (status !== 200) return finish({ kind: "http", message: errorText(status, text) });
          if (!streaming) return finish(readBody(text, tally));
          if (tally.error !== undefined) return finish({ kind: "stream", message: tally.error });
          if (!tally.complete) return finish({ kind: "stream", message: `stream ended without finish_reason or [DONE] after ${tally.tokenTimes.length} chunks${sse.pending ? `; unterminated: ${sse.pending.slice(0, 80)}` : ""}` });
          finish();
        });
        res.on("error", fail);
        res.on("close", () => { if (!res.complete) fail(new Error("connection closed mid-response")); });
      });
      req.on("socket", (s) => {
        socket = s;
        tx0 = s.bytesWritten;
        rx0 = s.bytesRead;
        s.setNoDelay(true);
      });
      req.on("error", fail);
      const timer = setTimeout(() => {
        cause = { kind: "timeout", message: `no complete response within ${this.opts.timeoutMs / 1000} s (${status === 0 ? "no response yet" : `${tally.tokenTimes.length} chunks read`})` };
        req.destroy();
        finish();
      }, this.opts.timeoutMs);
      const onAbort = () => {
        cause = { kind: "aborted", message: "cancelled by the load generator (run stopped)" };
        req.destroy();
        finish();
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener("abort", onAbort, { once: true });
      req.end(body);
    });
  }

  /** Closes idle keep-alive connections (in-flight ones end with their requests). */
  close(): void {
    this.agent.destroy();
  }
}

/** A non-streaming 200 body: usage and id into the tally; an unreadable body is a stream error. */
function readBody(text: string, tally: StreamTally): { kind: ErrorKind; message: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "stream", message: `response is not JSON: ${text.slice(0, 120)}` };
  }
  const c = readChunk(json);
  if (c.error !== undefined) return { kind: "stream", message: c.error };
  tally.id = c.id;
  tally.usage = c.usage;
  tally.finishReason = c.finishReason;
  return undefined;
}

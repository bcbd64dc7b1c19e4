import { describe, expect, it } from "vitest";
import { ResponseParser } from "./response-parser.ts";

/** Feeds `raw` in pieces of `step` bytes (then closes the connection if asked) and records events. */
function parse(raw: string, step = raw.length, close = false) {
  const events: string[] = [];
  const pieces: Buffer[] = [];
  const p = new ResponseParser({
    head: (status) => events.push(`head ${status}`),
    body: (b) => pieces.push(Buffer.from(b)),
    end: (keepAlive) => events.push(`end ${keepAlive}`),
    error: (m) => events.push(`error ${m}`),
  });
  const buf = Buffer.from(raw);
  for (let i = 0; i < buf.length; i += step) p.feed(buf.subarray(i, i + step));
  if (close) p.closed();
  return { events, body: Buffer.concat(pieces).toString("utf8") };
}

const CHUNKED = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n" +
  "f\r\ndata: {\"a\":1}\n\n\r\n6\r\nhé!\n\n\r\n0\r\n\r\n";

describe("ResponseParser", () => {
  it("decodes a chunked body the same whatever the read boundaries, and keeps the connection", () => {
    const whole = parse(CHUNKED);
    expect(whole).toEqual({ events: ["head 200", "end true"], body: 'data: {"a":1}\n\nhé!\n\n' });
    for (const step of [1, 2, 3, 7, 16]) expect(parse(CHUNKED, step)).toEqual(whole);
  });

  it("reads a content-length body and honours Connection: close", () => {
    expect(parse("HTTP/1.1 500 Internal Server Error\r\ncontent-length: 5\r\nconnection: close\r\n\r\nboom!")).toEqual({
      events: ["head 500", "end false"], body: "boom!",
    });
  });

  it("reads a body without length until the connection closes, and skips 1xx heads", () => {
    expect(parse("HTTP/1.1 103 Early Hints\r\nlink: x\r\n\r\nHTTP/1.1 200 OK\r\n\r\nall of it", 4, true)).toEqual({
      events: ["head 200", "end false"], body: "all of it",
    });
  });

  it("reports a cut body, a bad chunk size and a non-HTTP answer as errors", () => {
    expect(parse("HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nshort", 100, true).events).toEqual(["head 200", "error connection closed mid-response"]);
    expect(parse("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n").events).toEqual(["head 200", 'error bad chunk size "zz"']);
    expect(parse("SSH-2.0-OpenSSH\r\n\r\n").events).toEqual(['error not an HTTP/1.1 response: "SSH-2.0-OpenSSH"']);
    expect(parse("", 1, true).events).toEqual(["error connection closed before a response"]);
  });
});

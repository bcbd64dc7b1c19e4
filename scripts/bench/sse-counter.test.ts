import { describe, expect, it } from "vitest";
import { SseCounter } from "./sse-counter.ts";

const RESPONSE = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n' +
  '5a\r\ndata: {"choices":[{"text":" a"}]}\n\n\r\n5a\r\ndata: {"choices":[{"text":" b"}]}\n\n\r\ne\r\ndata: [DONE]\n\n\r\n0\r\n\r\n';

function countIn(pieces: string[]) {
  const c = new SseCounter();
  const total = { events: 0, done: 0, responses: 0, errors: 0 };
  for (const p of pieces) {
    const r = c.feed(Buffer.from(p, "latin1"));
    total.events += r.events; total.done += r.done; total.responses += r.responses; total.errors += r.errors;
  }
  return total;
}

describe("SseCounter", () => {
  it("counts token events, stream ends and responses in one read", () => {
    expect(countIn([RESPONSE + RESPONSE])).toEqual({ events: 4, done: 2, responses: 2, errors: 0 });
  });

  it("counts the same however the bytes are cut between reads, down to one byte per read", () => {
    const text = RESPONSE + RESPONSE;
    for (const size of [1, 2, 3, 5, 7, 11, 13]) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      expect(countIn(pieces), `cut every ${size} bytes`).toEqual({ events: 4, done: 2, responses: 2, errors: 0 });
    }
  });

  it("counts a response that is not 200 as an error", () => {
    expect(countIn(['HTTP/1.1 4', '00 Bad Request\r\ncontent-length: 2\r\n\r\n{}'])).toEqual({ events: 0, done: 0, responses: 1, errors: 1 });
  });
});

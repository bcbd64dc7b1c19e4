import { describe, expect, it } from "vitest";
import { SseReader } from "./sse-reader.ts";
import { StreamTally } from "./stream-tally.ts";

const collect = (parts: string[]) => {
  const out: string[] = [];
  const r = new SseReader((d) => out.push(d));
  for (const p of parts) r.feed(p);
  return { out, pending: r.pending };
};

const chunk = (o: object) => `data: ${JSON.stringify(o)}\n\n`;
const STREAM = [
  chunk({ id: "cmpl-1", choices: [{ index: 0, text: " a", finish_reason: null }], usage: null }),
  chunk({ id: "cmpl-1", choices: [{ index: 0, text: " b", finish_reason: "length" }], usage: null }),
  chunk({ id: "cmpl-1", choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } }),
  "data: [DONE]\n\n",
].join("");

describe("SseReader", () => {
  it("yields the same events whatever the read boundaries", () => {
    const whole = collect([STREAM]).out;
    expect(whole).toHaveLength(4);
    for (let cut = 1; cut < STREAM.length; cut += 7) expect(collect([STREAM.slice(0, cut), STREAM.slice(cut)]).out).toEqual(whole);
    expect(collect([...STREAM]).out).toEqual(whole);
  });

  it("reads CRLF line ends, joins multi-line data and skips comments and other fields", () => {
    expect(collect([": keep-alive\r\nevent: x\r\ndata: one\r\ndata: two\r\n\r\ndata:three\n\n"]).out).toEqual(["one\ntwo", "three"]);
  });

  it("keeps an unterminated event as pending text for the error message", () => {
    expect(collect(["data: {\"id\"", ":1}\n"]).pending).toBe('{"id":1}');
  });
});

describe("StreamTally", () => {
  it("times each text chunk, takes the id, finish reason and usage, and completes on [DONE]", () => {
    const t = new StreamTally();
    let now = 10;
    const r = new SseReader((d) => t.onData(d, now++));
    r.feed(STREAM);
    expect(t.tokenTimes).toEqual([10, 11]);
    expect(t).toMatchObject({ id: "cmpl-1", finishReason: "length", usage: { promptTokens: 5, completionTokens: 2 }, done: true, error: undefined });
  });

  it("does not count chat's role-only chunk or an empty finish chunk as tokens", () => {
    const t = new StreamTally();
    t.onData(JSON.stringify({ choices: [{ delta: { role: "assistant", content: "" } }] }), 1);
    t.onData(JSON.stringify({ choices: [{ delta: { content: "hi" } }] }), 2);
    t.onData(JSON.stringify({ choices: [{ delta: {}, finish_reason: "stop" }] }), 3);
    expect(t.tokenTimes).toEqual([2]);
    expect(t.complete).toBe(true);
  });

  it("records an error event or malformed data as the stream's error", () => {
    const t = new StreamTally();
    t.onData(JSON.stringify({ error: { message: "engine dead", code: 500 } }), 1);
    expect(t.error).toBe("engine dead");
    const u = new StreamTally();
    u.onData("{not json", 1);
    expect(u.error).toBe("malformed SSE data: {not json");
  });
});

describe("fast token chunks", () => {
  it("reads the same tokens, finish reason and usage with and without the fast path", () => {
    const chat = [
      chunk({ id: "c", choices: [{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }] }),
      chunk({ id: "c", choices: [{ index: 0, delta: { content: "\"quoted\"" }, logprobs: null, finish_reason: null }] }),
      chunk({ id: "c", choices: [{ index: 0, delta: { content: "" }, logprobs: null, finish_reason: null }] }),
      chunk({ id: "c", choices: [{ index: 0, delta: { reasoning_content: "hmm" }, logprobs: null, finish_reason: null }] }),
      chunk({ id: "c", choices: [{ index: 0, delta: { content: " x" }, logprobs: null, finish_reason: "stop" }] }),
      chunk({ id: "c", choices: [], usage: { prompt_tokens: 3, completion_tokens: 3 } }),
      // Not compact: read by the full parse.
      'data: {"id": "c", "choices": [{"index": 0, "delta": {"content": " y"}, "finish_reason": null}]}\n\n',
    ].join("");
    const t = new StreamTally();
    let now = 0;
    new SseReader((d) => t.onData(d, now++)).feed(chat);
    expect(t.tokenTimes).toEqual([1, 3, 4, 6]);
    expect(t).toMatchObject({ id: "c", finishReason: "stop", usage: { promptTokens: 3, completionTokens: 3 } });
  });
});

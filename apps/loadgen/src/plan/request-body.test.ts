import { describe, expect, it } from "vitest";
import { promptText, promptTokenIds } from "./prompt.ts";
import { requestBody } from "./request-body.ts";
import { testSpec } from "./testing.ts";

const req = { index: 3, at: 0, promptTokens: 50, outputTokens: 7 };

describe("prompts", () => {
  it("gives exactly N token ids, the same for a seed and index, different across indexes from the first id", () => {
    const a = promptTokenIds(1, 3, 50);
    expect(a).toHaveLength(50);
    expect(promptTokenIds(1, 3, 50)).toEqual(a);
    expect(promptTokenIds(1, 4, 50)[0]).not.toBe(a[0]);
    expect(a.every((id) => Number.isInteger(id) && id >= 1000 && id < 30_000)).toBe(true);
  });

  it("gives N words of at most three letters (one token each with their space) for text prompts", () => {
    const words = promptText(0, 0, 40).split(" ");
    expect(words).toHaveLength(40);
    expect(words.every((w) => /^[a-z]{1,3}$/.test(w))).toBe(true);
  });
});

describe("requestBody", () => {
  it("sends token ids to /v1/completions with max_tokens, ignore_eos and usage in the stream", () => {
    const { path, body } = requestBody(testSpec(), req);
    expect(path).toBe("/v1/completions");
    const b = JSON.parse(body);
    expect(b).toMatchObject({ model: "m", max_tokens: 7, temperature: 0, ignore_eos: true, stream: true, stream_options: { include_usage: true } });
    expect(b.prompt).toHaveLength(50);
  });

  it("sends one user message of text to /v1/chat/completions, without stream options when not streaming", () => {
    const spec = testSpec();
    const { path, body } = requestBody({ ...spec, target: { ...spec.target, endpoint: "chat", stream: false }, request: { ...spec.request, promptFormat: "text", ignoreEos: false } }, req);
    expect(path).toBe("/v1/chat/completions");
    const b = JSON.parse(body);
    expect(b.messages).toEqual([{ role: "user", content: promptText(0, 3, 50) }]);
    expect(b).not.toHaveProperty("stream_options");
    expect(b).not.toHaveProperty("ignore_eos");
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { createFlavorMetrics } from "../metrics/index.ts";
import { PROMETHEUS_TEXT_CONTENT_TYPE } from "../metrics/types.ts";
import { loadTokenizer } from "../tokenizer/index.ts";
import { createFakeBackend } from "./backend.ts";
import type { RecordsPage } from "./ground-truth.ts";
import { chunksOf, readSse } from "./testing/sse-client.ts";

const rejected: string[] = [];
const backend = createFakeBackend({
  engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 2048 },
  seed: 7,
  createMetrics: (flavor, ctx) => {
    const m = createFlavorMetrics(flavor, ctx);
    const onRejected = m.onRejected.bind(m);
    m.onRejected = (kind) => { rejected.push(kind); onRejected(kind); };
    return m;
  },
});
const MODEL = "meta-llama/Llama-3.1-8B-Instruct";
afterAll(() => backend.close());

const post = (path: string, body: unknown) =>
  backend.app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const records = async () => (await (await backend.app.request("/throtl/records")).json()) as RecordsPage;

describe("OpenAI API in-process (app.request)", () => {
  it("lists the served model with its max_model_len", async () => {
    const res = await backend.app.request("/v1/models");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; data: { id: string; object: string; owned_by: string; max_model_len: number }[] };
    expect(body.object).toBe("list");
    expect(body.data).toEqual([expect.objectContaining({ id: MODEL, object: "model", owned_by: "vllm", max_model_len: 2048 })]);
  });

  it("answers a non-streaming completion with usage equal to the tokenizer's prompt count and the simulator's output count", async () => {
    const res = await post("/v1/completions", { model: MODEL, prompt: "Hello, my dog is cute", max_tokens: 5, ignore_eos: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; object: string; choices: { text: string; finish_reason: string }[]; usage: Record<string, number> };
    expect(body.object).toBe("text_completion");
    expect(body.usage).toEqual({ prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 });
    expect(body.choices[0]!.finish_reason).toBe("length");
    expect(body.choices[0]!.text.trim().split(" ")).toHaveLength(5);
    const rec = (await records()).records.find((r) => r.id === body.id)!;
    expect(rec).toMatchObject({ promptTokens: 7, outputTokens: 5, finishReason: "length" });
  });

  it("defaults a completion's max_tokens to 16, as vLLM's CompletionRequest does", async () => {
    const body = (await (await post("/v1/completions", { prompt: "Hi", ignore_eos: true })).json()) as { usage: { completion_tokens: number } };
    expect(body.usage.completion_tokens).toBe(16);
  });

  it("counts a chat prompt as the templated conversation and stops at max_completion_tokens", async () => {
    const messages = [{ role: "system", content: "Be brief." }, { role: "user", content: [{ type: "text", text: "Hello" }, { type: "text", text: "there" }] }];
    const res = await post("/v1/chat/completions", { messages, max_completion_tokens: 3, ignore_eos: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; choices: { message: { role: string; content: string }; finish_reason: string }[]; usage: Record<string, number> };
    const tok = await loadTokenizer("llama3");
    const prompt = tok.encodeChat([{ role: "system", content: "Be brief." }, { role: "user", content: "Hello\nthere" }]).length;
    expect(body.object).toBe("chat.completion");
    expect(body.usage).toEqual({ prompt_tokens: prompt, completion_tokens: 3, total_tokens: prompt + 3 });
    expect(body.choices[0]!.message.role).toBe("assistant");
    expect(body.choices[0]!.finish_reason).toBe("length");
  });

  it("stops on the drawn natural length (finish_reason stop) when ignore_eos is not set, with usage equal to the record", async () => {
    const body = (await (await post("/v1/completions", { prompt: "Tell me a story", max_tokens: 1900 })).json()) as {
      id: string; choices: { finish_reason: string }[]; usage: { completion_tokens: number };
    };
    const rec = (await records()).records.find((r) => r.id === body.id)!;
    expect(body.choices[0]!.finish_reason).toBe(rec.finishReason);
    expect(body.usage.completion_tokens).toBe(rec.outputTokens);
    expect(rec.finishReason === "stop" ? rec.outputTokens < 1900 : rec.outputTokens === 1900).toBe(true);
  }, 30_000);

  it("streams in-process too (Web stream body): one chunk per token, then [DONE]", async () => {
    const res = await post("/v1/completions", { prompt: "Hi", max_tokens: 4, ignore_eos: true, stream: true });
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = await readSse(res, () => backend.now());
    expect(chunksOf(events)).toHaveLength(4);
    expect(events.at(-1)!.data).toBe("[DONE]");
  });
});

const BAD_REQUESTS: { name: string; path: string; body: unknown; status: number; message: RegExp }[] = [
  { name: "malformed JSON", path: "/v1/chat/completions", body: "{not json", status: 400, message: /Invalid JSON body/ },
  { name: "a body that is not an object", path: "/v1/completions", body: "[1,2]", status: 400, message: /expected object/ },
  { name: "chat without messages", path: "/v1/chat/completions", body: { model: MODEL }, status: 400, message: /^messages: / },
  { name: "completion without prompt", path: "/v1/completions", body: { model: MODEL }, status: 400, message: /^prompt: / },
  { name: "max_tokens of the wrong type", path: "/v1/completions", body: { prompt: "a", max_tokens: "ten" }, status: 400, message: /max_tokens/ },
  { name: "messages of the wrong type", path: "/v1/chat/completions", body: { messages: "hi" }, status: 400, message: /messages/ },
  { name: "stream of the wrong type", path: "/v1/completions", body: { prompt: "a", stream: "yes" }, status: 400, message: /stream/ },
  { name: "max_tokens of 0", path: "/v1/completions", body: { prompt: "a", max_tokens: 0 }, status: 400, message: /max_tokens must be at least 1, got 0/ },
  { name: "prompt + max_tokens over max_model_len", path: "/v1/completions", body: { prompt: "a", max_tokens: 2048 }, status: 400, message: /maximum context length is 2048 tokens\. However, you requested 2050 tokens \(2 in the messages, 2048 in the completion\)/ },
  { name: "prompt + max_completion_tokens over max_model_len", path: "/v1/chat/completions", body: { messages: [{ role: "user", content: "a" }], max_completion_tokens: 2040 }, status: 400, message: /maximum context length is 2048 tokens/ },
  { name: "a prompt longer than max_model_len", path: "/v1/completions", body: { prompt: Array.from({ length: 2100 }, () => 42), max_tokens: 1 }, status: 400, message: /your request has 2100 input tokens/ },
  { name: "n = 2", path: "/v1/completions", body: { prompt: "a", n: 2 }, status: 400, message: /n must be 1/ },
  { name: "stream_options without stream", path: "/v1/completions", body: { prompt: "a", stream_options: { include_usage: true } }, status: 400, message: /only be defined when `stream=True`/ },
  { name: "an image content part", path: "/v1/chat/completions", body: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "x" } }] }] }, status: 400, message: /only text parts/ },
  { name: "batched prompts", path: "/v1/completions", body: { prompt: ["a", "b"] }, status: 400, message: /Batched prompts \(2\)/ },
  { name: "an unknown model", path: "/v1/chat/completions", body: { model: "gpt-4", messages: [{ role: "user", content: "a" }] }, status: 404, message: /^The model `gpt-4` does not exist\.$/ },
];

describe("refusals answer vLLM's ErrorResponse and the server keeps serving", () => {
  it.each(BAD_REQUESTS)("refuses $name with HTTP $status", async ({ path, body, status, message }) => {
    const res = await post(path, body);
    expect(res.status).toBe(status);
    const err = (await res.json()) as Record<string, unknown>;
    expect(err).toEqual({ object: "error", message: expect.stringMatching(message), type: status === 404 ? "NotFoundError" : "BadRequestError", param: null, code: status });
    const next = await post("/v1/completions", { prompt: "still here?", max_tokens: 1 });
    expect(next.status).toBe(200);
  });

  it("counts every refusal through metrics.onRejected (too_long only for over-long prompts)", () => {
    expect(rejected.filter((k) => k === "too_long")).toHaveLength(1);
    expect(rejected.filter((k) => k === "validation")).toHaveLength(BAD_REQUESTS.length - 1);
  });

  it("answers unknown routes like FastAPI", async () => {
    const res = await backend.app.request("/v1/embeddings", { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: "Not Found" });
  });
});

describe("ops and control endpoints", () => {
  it("serves /health as an empty 200 and /version as JSON", async () => {
    const health = await backend.app.request("/health");
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("");
    expect(await (await backend.app.request("/version")).json()).toEqual({ version: expect.any(String) });
  });

  it("serves /metrics with the Prometheus text content type", async () => {
    const res = await backend.app.request("/metrics");
    expect(res.headers.get("content-type")).toBe(PROMETHEUS_TEXT_CONTENT_TYPE);
    expect(await res.text()).toContain(`vllm:num_requests_running{engine="0",model_name="${MODEL}"}`);
  });

  it("reports the resolved config with its memory plan, flavor and seed on /throtl/config", async () => {
    type ConfigBody = { flavor: string; seed: number; config: { maxModelLen: number; memory: { numGpuBlocks: number }; model: { hfName: string } } };
    const body = (await (await backend.app.request("/throtl/config")).json()) as ConfigBody;
    expect(body.flavor).toBe("vllm");
    expect(body.seed).toBe(7);
    expect(body.config.maxModelLen).toBe(2048);
    expect(body.config.memory.numGpuBlocks).toBe(backend.config.memory.numGpuBlocks);
    expect(body.config.model.hfName).toBe(MODEL);
  });

  it("pages /throtl/records by seq and refuses a bad query", async () => {
    const all = await records();
    expect(all.records.length).toBeGreaterThan(3);
    const page = (await (await backend.app.request(`/throtl/records?after=${all.records[1]!.seq}&limit=1`)).json()) as RecordsPage;
    expect(page.records.map((r) => r.seq)).toEqual([all.records[2]!.seq]);
    expect(page.next).toBe(all.records[2]!.seq);
    expect(page.counters.generationTokens).toBeGreaterThan(0);
    expect((await backend.app.request("/throtl/records?limit=0")).status).toBe(400);
  });
});

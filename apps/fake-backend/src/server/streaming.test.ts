import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROMETHEUS_TEXT_CONTENT_TYPE } from "../metrics/types.ts";
import { createFakeBackend } from "./backend.ts";
import type { RecordsPage, SeqRecord } from "./ground-truth.ts";
import { chunksOf, postJson, readSse } from "./testing/sse-client.ts";

// Llama-3.1-8B on an H100: ~7.5 ms per decode step, so streams of tens of tokens take ~0.1-0.3 s.
const backend = createFakeBackend({ engine: { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 }, port: 0, dcgmPort: 0 });
let url = "";
beforeAll(async () => { url = await backend.start(); });
afterAll(() => backend.close());

async function recordOf(id: string, timeoutMs = 5000): Promise<SeqRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = (await (await fetch(`${url}/throtl/records?limit=10000`)).json()) as RecordsPage;
    const rec = page.records.find((r) => r.id === id);
    if (rec) return rec;
    if (Date.now() > deadline) throw new Error(`no record for ${id}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Chunk = { id: string; object: string; created: number; model: string; choices: Record<string, unknown>[]; usage?: Record<string, number> | null };

describe("streaming over a real port", () => {
  it("streams /v1/completions as OpenAI text_completion chunks: one per token, usage chunk, [DONE] last", async () => {
    const res = await postJson(`${url}/v1/completions`, { prompt: "Count to twenty", max_tokens: 20, ignore_eos: true, stream: true, stream_options: { include_usage: true } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = await readSse(res, () => backend.now());
    expect(events.at(-1)!.data).toBe("[DONE]");
    const chunks = chunksOf(events) as Chunk[];
    const usage = chunks.at(-1)!;
    const content = chunks.slice(0, -1);
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toEqual({ prompt_tokens: 4, completion_tokens: 20, total_tokens: 24 }); // BOS + "Count to twenty"
    expect(content).toHaveLength(20);
    for (const [i, c] of content.entries()) {
      expect(c).toEqual({
        id: usage.id, object: "text_completion", created: usage.created, model: "meta-llama/Llama-3.1-8B-Instruct", usage: null,
        choices: [{ index: 0, text: expect.stringMatching(/^ \w+$/), logprobs: null, finish_reason: i === 19 ? "length" : null }],
      });
    }
    expect((await recordOf(usage.id)).outputTokens).toBe(20);
  });

  it("streams /v1/chat/completions: the role first, then content deltas, finish_reason on the last", async () => {
    const res = await postJson(`${url}/v1/chat/completions`, { messages: [{ role: "user", content: "Hi" }], max_tokens: 6, ignore_eos: true, stream: true });
    const events = await readSse(res, () => backend.now());
    const chunks = chunksOf(events) as Chunk[];
    expect(events.at(-1)!.data).toBe("[DONE]");
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && !("usage" in c))).toBe(true);
    expect(chunks[0]!.choices[0]).toEqual({ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null });
    const deltas = chunks.slice(1).map((c) => c.choices[0]!);
    expect(deltas).toHaveLength(6);
    expect(deltas.map((d) => d.finish_reason)).toEqual([null, null, null, null, null, "length"]);
    expect(deltas.every((d) => typeof (d.delta as { content: string }).content === "string")).toBe(true);
  });

  it("delivers tokens no earlier than their simulated times and not much later", async () => {
    const res = await postJson(`${url}/v1/completions`, { prompt: "Timing", max_tokens: 30, ignore_eos: true, stream: true });
    const events = await readSse(res, () => backend.now());
    const chunks = chunksOf(events) as Chunk[];
    const rec = await recordOf(chunks[0]!.id);
    const first = events[0]!.at;
    const last = events.at(-2)!.at;
    expect(first).toBeGreaterThanOrEqual(rec.firstTokenAt);
    expect(last).toBeGreaterThanOrEqual(rec.finishedAt);
    expect(last - rec.finishedAt).toBeLessThan(0.25);
    // Inter-token gaps follow the simulated step time (~7.5 ms), not the speed of the event loop.
    expect(last - first).toBeGreaterThanOrEqual(rec.finishedAt - rec.firstTokenAt - 0.005);
  });

  it("aborts the request when the client disconnects mid-stream (finish_reason abort, engine freed)", async () => {
    const ac = new AbortController();
    const res = await postJson(`${url}/v1/completions`, { prompt: "Go on forever", max_tokens: 3000, ignore_eos: true, stream: true }, { signal: ac.signal });
    const events = await readSse(res, () => backend.now(), 3);
    const id = (events[0]!.data as Chunk).id;
    ac.abort();
    const rec = await recordOf(id);
    expect(rec.finishReason).toBe("abort");
    expect(rec.outputTokens).toBeGreaterThanOrEqual(3);
    expect(rec.outputTokens).toBeLessThan(3000);
    const page = (await (await fetch(`${url}/throtl/records?limit=1`)).json()) as { running: number; waiting: number };
    expect(page.running + page.waiting).toBe(0);
    const next = await postJson(`${url}/v1/completions`, { prompt: "after", max_tokens: 2 });
    expect(next.status).toBe(200);
  });

  it("aborts a non-streaming request whose client goes away", async () => {
    const ac = new AbortController();
    const pending = postJson(`${url}/v1/chat/completions`, { messages: [{ role: "user", content: "long" }], max_tokens: 3000, ignore_eos: true }, { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 100));
    ac.abort();
    await expect(pending).rejects.toThrow();
    const page = async () => (await (await fetch(`${url}/throtl/records?limit=10000`)).json()) as RecordsPage;
    const deadline = Date.now() + 3000;
    while ((await page()).counters.requests.abort < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await page()).counters.requests.abort).toBe(2);
  });

  it("serves /metrics over the port with the Prometheus content type, counting what was streamed", async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toBe(PROMETHEUS_TEXT_CONTENT_TYPE);
    const text = await res.text();
    expect(text).toMatch(/^vllm:generation_tokens_total\{engine="0",model_name="meta-llama\/Llama-3\.1-8B-Instruct"\} \d/m);
  });

  it("serves the fake DCGM exporter's /metrics on --dcgm-port, one GPU per engine, fed by the steps", async () => {
    const res = await fetch(`${backend.dcgmUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(PROMETHEUS_TEXT_CONTENT_TYPE);
    const text = await res.text();
    expect(text).toMatch(/^DCGM_FI_DEV_GPU_UTIL\{gpu="0",[^}]*modelName="NVIDIA H100 80GB HBM3"[^}]*\} \d+$/m);
    expect(text).not.toMatch(/gpu="1"/);
    expect(text).toMatch(/^DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION\{gpu="0".*\} [1-9]\d*$/m);
  });
});

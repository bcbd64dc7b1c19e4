import { describe, expect, it } from "vitest";
import { FLAVORS } from "../flavors.ts";
import { PROMETHEUS_TEXT_CONTENT_TYPE } from "../metrics/types.ts";
import { createFakeBackend } from "./backend.ts";

describe("every --flavor serves the same OpenAI API and its own /metrics", () => {
  it.each(FLAVORS)("%s: a completion succeeds and /metrics is a non-empty exposition", async (flavor) => {
    const backend = createFakeBackend({ engine: { model: "qwen2.5-0.5b-instruct", gpu: "l4", maxModelLen: 4096 }, flavor, tokenizer: "approx" });
    try {
      const res = await backend.app.request("/v1/completions", { method: "POST", body: JSON.stringify({ prompt: "hello there", max_tokens: 3, ignore_eos: true }) });
      expect(((await res.json()) as { usage: { completion_tokens: number } }).usage.completion_tokens).toBe(3);
      const metrics = await backend.app.request("/metrics");
      expect(metrics.headers.get("content-type")).toBe(PROMETHEUS_TEXT_CONTENT_TYPE);
      expect(await metrics.text()).toMatch(/^# TYPE \S+ (counter|gauge|histogram|summary)$/m);
    } finally {
      await backend.close();
    }
  });
});

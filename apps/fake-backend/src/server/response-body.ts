import type { RequestRecord } from "@throtl/simulator";
import { fillerText } from "./filler.ts";
import type { GenerationPlan } from "./plan-request.ts";
import { usage } from "./sse-format.ts";

/** The non-streaming `text_completion` / `chat.completion` object for a finished request. */
export function responseBody(plan: GenerationPlan, rec: RequestRecord, wordOffset: number) {
  const text = fillerText(wordOffset, rec.outputTokens);
  const head = { id: plan.id, object: plan.endpoint === "chat" ? "chat.completion" : "text_completion", created: plan.created, model: plan.model };
  const choice = plan.endpoint === "chat"
    ? { index: 0, message: { role: "assistant", content: text }, logprobs: null, finish_reason: rec.finishReason }
    : { index: 0, text, logprobs: null, finish_reason: rec.finishReason };
  return { ...head, choices: [choice], usage: usage(rec.promptTokens, rec.outputTokens) };
}

import type { RunSpec } from "../spec/run-spec.ts";
import type { PlannedRequest } from "./plan.ts";
import { promptText, promptTokenIds } from "./prompt.ts";

/** The path and JSON body for one planned request, as vLLM's OpenAI server reads them. */
export function requestBody(spec: RunSpec, req: PlannedRequest): { path: string; body: string } {
  const { target, request } = spec;
  const common = {
    model: target.model,
    max_tokens: req.outputTokens,
    temperature: request.temperature,
    ...(request.ignoreEos ? { ignore_eos: true } : {}),
    stream: target.stream,
    ...(target.stream ? { stream_options: { include_usage: true } } : {}),
  };
  if (target.endpoint === "chat") {
    const messages = [{ role: "user", content: promptText(spec.seed, req.index, req.promptTokens) }];
    return { path: "/v1/chat/completions", body: JSON.stringify({ ...common, messages }) };
  }
  const prompt = request.promptFormat === "tokens" ? promptTokenIds(spec.seed, req.index, req.promptTokens) : promptText(spec.seed, req.index, req.promptTokens);
  return { path: "/v1/completions", body: JSON.stringify({ ...common, prompt }) };
}

import { randomUUID } from "node:crypto";
import type { ChatMessage, PromptTokenizer } from "../tokenizer/index.ts";
import { ApiError } from "./errors.ts";
import type { ChatBody, ChatMessageBody, CompletionBody } from "./schemas.ts";

export type Endpoint = "completion" | "chat";

/** A validated generation request, tokenized, before it is given an arrival time and queued. */
export interface GenerationPlan {
  readonly endpoint: Endpoint;
  /** The response id (`cmpl-…` / `chatcmpl-…`), also the simulator's request id. */
  readonly id: string;
  readonly created: number;
  readonly model: string;
  readonly stream: boolean;
  readonly includeUsage: boolean;
  readonly promptIds: readonly number[];
  /** Absent: the engine's default, max_model_len - prompt. */
  readonly maxTokens: number | undefined;
  readonly ignoreEos: boolean;
  readonly minTokens: number;
}

export interface PlanDeps {
  readonly servedModelName: string;
  readonly tokenizer: PromptTokenizer;
}

/** vLLM's CompletionRequest defaults `max_tokens` to 16 (the OpenAI legacy default); chat has no default. */
const COMPLETION_DEFAULT_MAX_TOKENS = 16;

export function planCompletion(body: CompletionBody, deps: PlanDeps): GenerationPlan {
  checkCommon(body, deps);
  const promptIds = completionPromptIds(body.prompt, deps.tokenizer);
  return plan("completion", body, deps, promptIds, body.max_tokens ?? COMPLETION_DEFAULT_MAX_TOKENS);
}

export function planChat(body: ChatBody, deps: PlanDeps): GenerationPlan {
  checkCommon(body, deps);
  const promptIds = deps.tokenizer.encodeChat(body.messages.map(toChatMessage));
  return plan("chat", body, deps, promptIds, body.max_completion_tokens ?? body.max_tokens ?? undefined);
}

type Common = Pick<CompletionBody, "model" | "n" | "stream" | "stream_options" | "ignore_eos" | "min_tokens">;

function plan(endpoint: Endpoint, body: Common, deps: PlanDeps, promptIds: number[], maxTokens: number | undefined): GenerationPlan {
  if (promptIds.length === 0) throw new ApiError(400, "The decoder prompt cannot be empty");
  return {
    endpoint,
    id: `${endpoint === "chat" ? "chatcmpl" : "cmpl"}-${randomUUID().replaceAll("-", "")}`,
    created: Math.floor(Date.now() / 1000),
    model: deps.servedModelName,
    stream: body.stream === true,
    includeUsage: body.stream_options?.include_usage === true,
    promptIds,
    maxTokens,
    ignoreEos: body.ignore_eos === true,
    minTokens: body.min_tokens ?? 0,
  };
}

function checkCommon(body: Common, deps: PlanDeps): void {
  if (body.model != null && body.model !== deps.servedModelName) {
    throw new ApiError(404, `The model \`${body.model}\` does not exist.`);
  }
  if (body.n != null && body.n !== 1) {
    throw new ApiError(400, `n=${body.n} is not supported: the fake backend simulates one sequence per request (n must be 1).`);
  }
  if (body.stream_options != null && body.stream !== true) {
    throw new ApiError(400, "Stream options can only be defined when `stream=True`.");
  }
}

function completionPromptIds(prompt: CompletionBody["prompt"], tokenizer: PromptTokenizer): number[] {
  if (typeof prompt === "string") return tokenizer.encodePrompt(prompt);
  if (prompt.length !== 1 && (prompt.length === 0 || typeof prompt[0] !== "number")) {
    throw new ApiError(400, `Batched prompts (${prompt.length}) are not supported by the fake backend; send one prompt per request.`);
  }
  const first = prompt[0];
  if (typeof first === "string") return tokenizer.encodePrompt(first);
  if (Array.isArray(first)) return [...first];
  return [...(prompt as number[])];
}

/** vLLM's default "string" content format: text parts joined with newlines. */
function toChatMessage(m: ChatMessageBody): ChatMessage {
  if (m.content == null || typeof m.content === "string") return { role: m.role, content: m.content ?? "" };
  const texts = m.content.map((part) => {
    if (part.type !== "text" || typeof part.text !== "string") {
      throw new ApiError(400, `Content part type "${part.type}" is not supported by the fake backend: only text parts are.`);
    }
    return part.text;
  });
  return { role: m.role, content: texts.join("\n") };
}

import type { FinishReason } from "@throtl/simulator";
import { FILLER_WORDS, fillerWord } from "./filler.ts";
import type { GenerationPlan } from "./plan-request.ts";

export const SSE_DONE = "data: [DONE]\n\n";

// Token chunk endings per filler word, shared by every request: a token costs one string concat.
const tailCache = new Map<string, string[]>();
function tails(chat: boolean, usageNull: boolean): string[] {
  const key = `${chat}/${usageNull}`;
  let t = tailCache.get(key);
  if (!t) {
    const close = `,"logprobs":null,"finish_reason":null}]${usageNull ? ',"usage":null' : ""}}\n\n`;
    t = FILLER_WORDS.map((w) => JSON.stringify(w) + (chat ? "}" : "") + close);
    tailCache.set(key, t);
  }
  return t;
}

/**
 * OpenAI's streaming chunk shapes, with the per-request head precomputed. Chat sends the assistant
 * role with the first token; the last token's chunk carries finish_reason (as vLLM does); with
 * include_usage every chunk has "usage": null and a final chunk with empty choices holds the usage.
 */
export class SseFormat {
  private readonly head: string;
  private readonly contentHead: string;
  private readonly tails: string[];
  private readonly usageNull: string;

  constructor(private readonly plan: GenerationPlan, private readonly wordOffset: number) {
    const chat = plan.endpoint === "chat";
    this.head = `data: {"id":"${plan.id}","object":"${chat ? "chat.completion.chunk" : "text_completion"}","created":${plan.created},"model":${JSON.stringify(plan.model)},"choices":[`;
    this.contentHead = this.head + (chat ? '{"index":0,"delta":{"content":' : '{"index":0,"text":');
    this.tails = tails(chat, plan.includeUsage);
    this.usageNull = plan.includeUsage ? ',"usage":null' : "";
  }

  /** Chat only: the first chunk, `{"role":"assistant","content":""}`. */
  roleChunk(): string {
    return `${this.head}{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]${this.usageNull}}\n\n`;
  }

  /** Output token `i` (0-based). */
  token(i: number): string {
    return this.contentHead + this.tails[(this.wordOffset + i) % this.tails.length]!;
  }

  lastToken(i: number, reason: FinishReason): string {
    const word = JSON.stringify(fillerWord(this.wordOffset, i)) + (this.plan.endpoint === "chat" ? "}" : "");
    return `${this.contentHead}${word},"logprobs":null,"finish_reason":"${reason}"}]${this.usageNull}}\n\n`;
  }

  /** finish_reason without content, for a finish the stream did not expect on its last token. */
  finishOnly(reason: FinishReason): string {
    const empty = this.plan.endpoint === "chat" ? '{"index":0,"delta":{}' : '{"index":0,"text":""';
    return `${this.head}${empty},"logprobs":null,"finish_reason":"${reason}"}]${this.usageNull}}\n\n`;
  }

  usage(promptTokens: number, completionTokens: number): string {
    return `${this.head}],"usage":${JSON.stringify(usage(promptTokens, completionTokens))}}\n\n`;
  }
}

export function usage(promptTokens: number, completionTokens: number) {
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

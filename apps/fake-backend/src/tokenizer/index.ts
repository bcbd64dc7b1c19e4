import { createApproxTokenizer } from "./approx-tokenizer.ts";
import { loadHfTokenizer, type TokenizerFamily } from "./hf-tokenizer.ts";
import type { PromptTokenizer } from "./types.ts";

export type { ChatMessage, PromptTokenizer } from "./types.ts";
export type { TokenizerFamily } from "./hf-tokenizer.ts";
export { renderLlama31Chat, renderQwen25Chat } from "./chat-templates.ts";
export { createApproxTokenizer } from "./approx-tokenizer.ts";

export type TokenizerMode = "hf" | "approx";

const loaded = new Map<TokenizerFamily, Promise<PromptTokenizer>>();

/** One tokenizer per family per process: loading the vocabulary is the slow part. */
export function loadTokenizer(family: TokenizerFamily, mode: TokenizerMode = "hf"): Promise<PromptTokenizer> {
  if (mode === "approx") return Promise.resolve(createApproxTokenizer());
  let p = loaded.get(family);
  if (!p) {
    p = loadHfTokenizer(family);
    loaded.set(family, p);
  }
  return p;
}

/** One chat message after validation; content parts are already joined into text. */
export interface ChatMessage {
  readonly role: string;
  readonly content: string;
}

/** Counts prompts the way the served model's tokenizer does, returning the token ids. */
export interface PromptTokenizer {
  /** "hf" for the model's real vocabulary, "approx" for the documented approximation. */
  readonly kind: "hf" | "approx";
  /** A /v1/completions prompt: special tokens added as vLLM does (Llama prepends BOS, Qwen adds none). */
  encodePrompt(text: string): number[];
  /** A /v1/chat/completions conversation: the model's chat template with the generation prompt, then ids. */
  encodeChat(messages: readonly ChatMessage[]): number[];
}

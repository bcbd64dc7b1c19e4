import type { ChatMessage, PromptTokenizer } from "./types.ts";

/**
 * The fallback when the real vocabulary is not wanted (fast tests) or cannot load: one token per word
 * piece of at most 4 characters, the usual ~4 characters/token of English BPE. Ids are FNV hashes of
 * the pieces, so equal prefixes still give equal ids (and prefix-cache hits); each chat message adds 4
 * tokens of role markup, plus 3 for the generation prompt.
 */
export function createApproxTokenizer(): PromptTokenizer {
  return {
    kind: "approx",
    encodePrompt: (text) => approxIds(text, []),
    encodeChat: (messages: readonly ChatMessage[]) => {
      const ids: number[] = [];
      for (const m of messages) {
        ids.push(1, pieceId(m.role), 2);
        approxIds(m.content, ids);
        ids.push(3);
      }
      ids.push(1, pieceId("assistant"), 2);
      return ids;
    },
  };
}

function approxIds(text: string, out: number[]): number[] {
  for (const word of text.match(/\s*\S+/g) ?? []) {
    for (let i = 0; i < word.length; i += 4) out.push(pieceId(word.slice(i, i + 4)));
  }
  return out;
}

function pieceId(piece: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < piece.length; i++) h = Math.imul(h ^ piece.charCodeAt(i), 0x01000193) >>> 0;
  return h % 100_000;
}

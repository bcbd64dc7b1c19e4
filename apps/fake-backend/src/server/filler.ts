/**
 * Generated text is filler: one word per output token, cycling through a fixed list from a per-request
 * offset. Only token counts matter; the words keep streams readable in a terminal.
 */
export const FILLER_WORDS: readonly string[] = (
  "the quick brown fox jumps over a lazy dog while seven silver engines hum along batch after batch " +
  "of tokens streaming through warm caches and paged blocks so every request finds its way home " +
  "before the scheduler wakes again to count what is running waiting or preempted in the queue"
).split(" ").map((w) => ` ${w}`);

export function fillerWord(offset: number, tokenIndex: number): string {
  return FILLER_WORDS[(offset + tokenIndex) % FILLER_WORDS.length]!;
}

export function fillerText(offset: number, tokens: number): string {
  let s = "";
  for (let i = 0; i < tokens; i++) s += fillerWord(offset, i);
  return s;
}

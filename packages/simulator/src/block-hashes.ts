/**
 * Chained content hashes of a prompt's full KV blocks, as vLLM's prefix cache keys them: block i's hash
 * covers every token from 0 to the end of block i. FNV-1a over 32-bit token ids.
 */
export function hashTokenBlocks(tokenIds: ArrayLike<number>, blockSize: number): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  const full = Math.floor(tokenIds.length / blockSize) * blockSize;
  for (let i = 0; i < full; i++) {
    h = Math.imul(h ^ (tokenIds[i]! >>> 0), 0x01000193) >>> 0;
    if ((i + 1) % blockSize === 0) out.push(h);
  }
  return out;
}

/**
 * Hashes for a prompt known only by its length: the first `sharedTokens` are common to every request
 * of `group` (a system prompt, a few-shot preamble), the rest unique to `uniqueKey`.
 */
export function syntheticBlockHashes(promptTokens: number, blockSize: number, group: string, sharedTokens: number, uniqueKey: string): number[] {
  const out: number[] = [];
  const blocks = Math.floor(promptTokens / blockSize);
  const sharedBlocks = Math.floor(Math.min(sharedTokens, promptTokens) / blockSize);
  let h = fnvString(0x811c9dc5, group);
  for (let i = 0; i < blocks; i++) {
    if (i === sharedBlocks) h = fnvString(h, `\u0000${uniqueKey}`);
    h = Math.imul(h ^ i, 0x01000193) >>> 0;
    out.push(h);
  }
  return out;
}

function fnvString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

import { syntheticBlockHashes, type Rng } from "@throtl/simulator";
import { z } from "zod";

/**
 * Prompts that start with one of `groups` common prefixes of `sharedTokens` (a system prompt, a
 * few-shot preamble); the rest of each prompt is its own. Hashes use the engine's `blockSize`.
 */
export const prefixModelSchema = z.strictObject({
  groups: z.number().int().min(1),
  sharedTokens: z.number().int().min(0),
  blockSize: z.number().int().min(1).default(16),
});
export type PrefixModel = z.input<typeof prefixModelSchema>;

/** Picks a group uniformly at random and returns the prompt's chained block hashes. */
export function prefixHashes(model: z.output<typeof prefixModelSchema>, promptTokens: number, id: string, rng: Rng): number[] {
  const group = rng.int(0, model.groups - 1);
  return syntheticBlockHashes(promptTokens, model.blockSize, `prefix-${group}`, model.sharedTokens, id);
}

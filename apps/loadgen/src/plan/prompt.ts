import { Rng } from "@throtl/simulator";

/**
 * Words of at most three letters: with their leading space each is one token in the Llama 3 and Qwen
 * BPE vocabularies and in the fake backend's approximate tokenizer (pieces of up to 4 characters).
 */
const WORDS = (
  "the of and to a in is it you he was for on are as his at be by we or had not but all can her one our out day get has him " +
  "how man new now old see two way who boy did its let put say she too use end far few got run big red sun sea car box cat " +
  "dog eat top yes war law art job map age air bed egg ice key leg oil pen sky tea toy win"
).split(" ");

/** Token ids drawn from here are valid in every vocabulary the simulator models (all over 100k). */
const ID_MIN = 1000;
const ID_MAX = 29_999;

/** A per-request stream: the same seed and index give the same prompt, and neighbours share no prefix. */
function rngFor(seed: number, index: number): Rng {
  return new Rng((Math.imul(seed ^ 0x5bd1e995, 0x01000193) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

/** `tokens` random token ids (vLLM's `random` dataset does the same): exact prompt lengths, no prefix hits. */
export function promptTokenIds(seed: number, index: number, tokens: number): number[] {
  const rng = rngFor(seed, index);
  const out = new Array<number>(tokens);
  for (let i = 0; i < tokens; i++) out[i] = rng.int(ID_MIN, ID_MAX);
  return out;
}

/** About `tokens` tokens of text: that many short words (a chat template adds its own tokens on top). */
export function promptText(seed: number, index: number, tokens: number): string {
  const rng = rngFor(seed, index);
  const words = new Array<string>(tokens);
  for (let i = 0; i < tokens; i++) words[i] = WORDS[rng.int(0, WORDS.length - 1)]!;
  return words.join(" ");
}

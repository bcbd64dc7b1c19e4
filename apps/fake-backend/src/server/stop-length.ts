import { Rng } from "@throtl/simulator";
import { FILLER_WORDS } from "./filler.ts";

/**
 * Where the model would stop on its own (EOS) when `ignore_eos` is not set: a lognormal with median
 * 200 tokens and sigma 0.9 (mean ~300, p90 ~630), the shape of chat answers in ShareGPT-style
 * traces. Drawn from an Rng seeded by --seed and the request's arrival counter, so one seed and one
 * request order give the same lengths.
 */
export const STOP_LENGTH_MEDIAN = 200;
export const STOP_LENGTH_SIGMA = 0.9;

export interface RequestDraw {
  /** Natural output length (>= 1). */
  readonly stopAt: number;
  /** Where the filler text starts in the word list. */
  readonly wordOffset: number;
}

export function drawRequest(seed: number, counter: number): RequestDraw {
  const rng = new Rng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(counter, 0x85ebca6b));
  const stopAt = Math.max(1, Math.round(rng.lognormal(STOP_LENGTH_MEDIAN, STOP_LENGTH_SIGMA)));
  return { stopAt, wordOffset: rng.int(0, FILLER_WORDS.length - 1) };
}

// The steady load of the acceptance test as a pure plan: request i is sent at i / rate, its class
// follows a fixed weighted cycle (no randomness in lengths or timing), and only the prompt's
// unique suffix is seeded, so runs are comparable and prefix-cache hits are predictable.
import { Rng } from "@throtl/simulator";

export interface RequestClass {
  readonly promptTokens: number;
  /** Leading tokens every request of the plan shares (a system prompt): prefix-cache hits. */
  readonly sharedPrefixTokens: number;
  readonly outputTokens: number;
  /** Requests of this class per cycle of the weighted pattern. */
  readonly weight: number;
  /** The client hangs up this long after sending: the server aborts the request (finish_reason abort). */
  readonly abortAfterMs?: number;
}

export interface LoadSpec {
  /** Requests per second, constant. */
  readonly rate: number;
  readonly classes: readonly RequestClass[];
  readonly seed: number;
}

export interface PlannedRequest {
  /** Seconds after the load started. */
  readonly at: number;
  readonly classIndex: number;
  readonly abortAfterMs: number | undefined;
  /** An OpenAI /v1/completions body: token ids, exact output length. */
  readonly body: { readonly prompt: readonly number[]; readonly max_tokens: number; readonly ignore_eos: true };
}

/** Token ids well inside every model's vocabulary; the prefix and the suffixes never overlap. */
const PREFIX_BASE = 1000;
const SUFFIX_MIN = 5000;
const SUFFIX_MAX = 30_000;

/** The class of request i: 3 of class 0 and 1 of class 1 with weights [3, 1], in a fixed cycle. */
export function classOf(classes: readonly RequestClass[], i: number): number {
  const cycle = classes.reduce((n, c) => n + c.weight, 0);
  let k = i % cycle;
  for (const [index, c] of classes.entries()) {
    if (k < c.weight) return index;
    k -= c.weight;
  }
  throw new RangeError("classes need positive weights");
}

export function planRequest(spec: LoadSpec, i: number): PlannedRequest {
  if (!(spec.rate > 0)) throw new RangeError(`rate must be positive, got ${spec.rate}`);
  const classIndex = classOf(spec.classes, i);
  const c = spec.classes[classIndex]!;
  if (c.sharedPrefixTokens > c.promptTokens) throw new RangeError("sharedPrefixTokens exceeds promptTokens");
  const rng = new Rng((spec.seed * 0x9e3779b1 + i) >>> 0);
  const prompt = Array.from({ length: c.promptTokens }, (_, k) =>
    k < c.sharedPrefixTokens ? PREFIX_BASE + k : rng.int(SUFFIX_MIN, SUFFIX_MAX));
  return { at: i / spec.rate, classIndex, abortAfterMs: c.abortAfterMs, body: { prompt, max_tokens: c.outputTokens, ignore_eos: true } };
}

import { kvPressureWithPreemption } from "../conditions.ts";
import { evidence } from "../evidence.ts";
import { count } from "../format.ts";
import { tailOf } from "../read.ts";
import { ceilTo } from "../math.ts";
import type { Rule } from "./types.ts";

/** A quarter above the observed tail so today's longest requests, and a little growth, still fit. */
export const LENGTH_HEADROOM = 1.25;
/** vLLM's default --block-size, used to round when the config does not say. */
export const DEFAULT_BLOCK_SIZE = 16;
/** Shortening pays only when it at least halves the limit; less changes little about the worst case. */
const MIN_SHRINK = 2;

/** Under KV pressure a limit far above real request lengths lets a few outliers crowd out the batch. */
export const shortenMaxModelLen: Rule = {
  id: "shorten-max-model-len",
  evaluate(o, { thresholds: t }) {
    const pressure = kvPressureWithPreemption(o, t);
    const limit = o.config.maxModelLen;
    const prompt = tailOf(o.promptTokens);
    const output = tailOf(o.outputTokens);
    if (!pressure || limit === undefined || prompt === null || output === null) return null;
    const tail = prompt + output;
    const suggested = ceilTo(tail * LENGTH_HEADROOM, o.config.blockSize ?? DEFAULT_BLOCK_SIZE);
    if (suggested * MIN_SHRINK > limit) return null;
    return {
      id: this.id, severity: "info",
      title: "Shorten --max-model-len: requests use a fraction of it while the KV cache is full",
      evidence: [...pressure, evidence("max_model_len", limit, ">=", suggested * MIN_SHRINK), evidence("request_tokens_tail", tail, "<", limit)],
      hint: {
        flag: "--max-model-len", current: limit, suggested,
        effect: `One request can hold at most ${count(suggested)} tokens of KV instead of ${count(limit)}, so a few very long requests cannot crowd out the batch; today's tail is ${count(tail)} tokens (prompt + output).`,
        risk: `vLLM refuses prompt + max_tokens over ${count(suggested)} with HTTP 400: clients that send a large max_tokens will fail. Paged KV already stores only used blocks, so the gain is against outliers.`,
      },
    };
  },
};

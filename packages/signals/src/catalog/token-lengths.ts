import type { EngineFlavor, MetricRef } from "../types.ts";
import { m, where } from "./dsl.ts";

/** Prompt (input) and output (generated) tokens per finished request. */
export const TOKEN_LENGTH_KINDS = ["prompt", "output"] as const;
export type TokenLengthKind = (typeof TOKEN_LENGTH_KINDS)[number];

/**
 * How a flavor exposes a token-length distribution: a histogram of tokens per finished request
 * (buckets depend on the server's config, e.g. vLLM's 1-2-5 series up to max_model_len, so they
 * are read from the data, not listed here), or why it does not.
 */
export type TokenLengthSource =
  | { readonly kind: "histogram"; readonly histogram: MetricRef; readonly note?: string }
  | { readonly kind: "unsupported"; readonly reason: string };

const hist = (histogram: MetricRef, note?: string): TokenLengthSource => (note ? { kind: "histogram", histogram, note } : { kind: "histogram", histogram });

const VLLM = { prompt: hist(m("vllm:request_prompt_tokens")), output: hist(m("vllm:request_generation_tokens")) };

/** metrics-catalog §1 (vLLM), §2a (Triton vLLM backend), §2b (TRT-LLM), §3 (TGI), §4 (SGLang). */
export const TOKEN_LENGTHS: Readonly<Record<EngineFlavor, Readonly<Record<TokenLengthKind, TokenLengthSource>>>> = {
  vllm: VLLM,
  "vllm-legacy": VLLM,
  "triton-vllm": VLLM,
  "triton-trtllm": {
    prompt: hist(where({ response_metric_type: "total_input_tokens" }, "nv_llm_input_token_len"), "coarse buckets (10, 50, 100, 500, 1000): quantiles are rough"),
    output: hist(where({ response_metric_type: "total_output_tokens" }, "nv_llm_output_token_len"), "coarse buckets (10, 50, 100, 500, 1000): quantiles are rough"),
  },
  tgi: { prompt: hist(m("tgi_request_input_length")), output: hist(m("tgi_request_generated_tokens")) },
  sglang: {
    prompt: { kind: "unsupported", reason: "sglang:prompt_tokens_histogram exists only when the server runs with --collect-tokens-histogram (off by default)" },
    output: { kind: "unsupported", reason: "sglang:generation_tokens_histogram exists only when the server runs with --collect-tokens-histogram (off by default)" },
  },
};

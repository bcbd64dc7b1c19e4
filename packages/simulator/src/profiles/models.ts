/**
 * Model shapes, copied from each model's Hugging Face `config.json`. Parameter counts are the published
 * totals; `dtypeBytes` is 2 (BF16 weights and KV cache, vLLM's default `--dtype auto` for these models).
 */
export interface ModelProfile {
  readonly id: ModelId;
  /** The Hugging Face repo id, vLLM's default `--served-model-name`. */
  readonly hfName: string;
  readonly params: number;
  readonly layers: number;
  readonly hidden: number;
  readonly intermediate: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly vocab: number;
  /** `max_position_embeddings`: vLLM's default `--max-model-len`. */
  readonly maxPositions: number;
  readonly dtypeBytes: number;
  /** `tie_word_embeddings`: the LM head reuses the embedding matrix. */
  readonly tiedEmbeddings: boolean;
  /** Which tokenizer family counts prompt tokens in the fake server. */
  readonly tokenizer: "llama3" | "qwen2";
}

export type ModelId = "qwen2.5-0.5b-instruct" | "llama-3.1-8b-instruct" | "llama-3.1-70b-instruct";

export const MODEL_PROFILES: Readonly<Record<ModelId, ModelProfile>> = {
  "qwen2.5-0.5b-instruct": {
    id: "qwen2.5-0.5b-instruct", hfName: "Qwen/Qwen2.5-0.5B-Instruct",
    params: 0.494e9, layers: 24, hidden: 896, intermediate: 4864, heads: 14, kvHeads: 2, headDim: 64,
    vocab: 151936, maxPositions: 32768, dtypeBytes: 2, tiedEmbeddings: true, tokenizer: "qwen2",
  },
  "llama-3.1-8b-instruct": {
    id: "llama-3.1-8b-instruct", hfName: "meta-llama/Llama-3.1-8B-Instruct",
    params: 8.03e9, layers: 32, hidden: 4096, intermediate: 14336, heads: 32, kvHeads: 8, headDim: 128,
    vocab: 128256, maxPositions: 131072, dtypeBytes: 2, tiedEmbeddings: false, tokenizer: "llama3",
  },
  "llama-3.1-70b-instruct": {
    id: "llama-3.1-70b-instruct", hfName: "meta-llama/Llama-3.1-70B-Instruct",
    params: 70.6e9, layers: 80, hidden: 8192, intermediate: 28672, heads: 64, kvHeads: 8, headDim: 128,
    vocab: 128256, maxPositions: 131072, dtypeBytes: 2, tiedEmbeddings: false, tokenizer: "llama3",
  },
};

export const MODEL_IDS = Object.keys(MODEL_PROFILES) as ModelId[];

/** Bytes of K and V for one token across all layers (per GPU before tensor-parallel split). */
export function kvBytesPerToken(m: ModelProfile): number {
  return 2 * m.layers * m.kvHeads * m.headDim * m.dtypeBytes;
}

/** Parameters multiplied per token in the transformer body (embedding lookup and LM head excluded). */
export function bodyParams(m: ModelProfile): number {
  return m.params - m.vocab * m.hidden * (m.tiedEmbeddings ? 1 : 2);
}

/**
 * Model weights from the served name ("Llama-3.1-8B-Instruct" → 8e9 parameters): the only size
 * vLLM's metrics carry. "8x7B" reads as 56e9 (all experts stay resident in memory).
 */
export function paramsFromName(model: string | undefined): number | null {
  if (model === undefined) return null;
  const moe = /(\d+)x(\d+(?:\.\d+)?)B(?![a-z])/i.exec(model);
  if (moe) return Number(moe[1]) * Number(moe[2]) * 1e9;
  const dense = /(?:^|[^a-z0-9.])(\d+(?:\.\d+)?)B(?![a-z])/i.exec(model);
  return dense ? Number(dense[1]) * 1e9 : null;
}

/** Bytes per weight for vLLM's --quantization values; unknown or none: BF16. */
export function bytesPerParam(quantization: string | undefined): number {
  const q = quantization?.toLowerCase() ?? "none";
  if (["awq", "gptq", "awq_marlin", "gptq_marlin", "bitsandbytes"].includes(q)) return 0.5;
  if (["fp8", "int8", "compressed-tensors", "fbgemm_fp8", "modelopt"].includes(q)) return 1;
  return 2;
}

/** Whether the weights are already 8-bit or narrower (then FP8 advice has nothing left to halve). */
export const isQuantized = (quantization: string | undefined): boolean => bytesPerParam(quantization) < 2;

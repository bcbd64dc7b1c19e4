import { z } from "zod";

/** Prompt and output lengths: the same for every request (vLLM's `random` dataset with range ratio 0). */
export const lengthModelSchema = z.strictObject({
  kind: z.literal("fixed"),
  promptTokens: z.number().int().min(1),
  outputTokens: z.number().int().min(1),
});
export type LengthModel = z.infer<typeof lengthModelSchema>;

export function lengthsOf(model: LengthModel): { promptTokens: number; outputTokens: number } {
  return { promptTokens: model.promptTokens, outputTokens: model.outputTokens };
}

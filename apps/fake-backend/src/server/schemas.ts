import { z } from "zod";

/**
 * Request bodies as vLLM's OpenAI server reads them. Unknown fields are accepted and ignored (vLLM
 * logs and drops them); sampling knobs like temperature do not change a simulated token count.
 */
const maxTokens = z.int().min(1, { error: (i) => `max_tokens must be at least 1, got ${String(i.input)}.` }).nullish();
const streamOptions = z.looseObject({ include_usage: z.boolean().nullish(), continuous_usage_stats: z.boolean().nullish() }).nullish();

const common = {
  model: z.string().nullish(),
  n: z.int().min(1).nullish(),
  stream: z.boolean().nullish(),
  stream_options: streamOptions,
  ignore_eos: z.boolean().nullish(),
  min_tokens: z.int().min(0).nullish(),
};

const tokenIds = z.array(z.int().min(0));

export const completionBody = z.looseObject({
  ...common,
  prompt: z.union([z.string(), z.array(z.string()), tokenIds, z.array(tokenIds)]),
  max_tokens: maxTokens,
});

const contentPart = z.looseObject({ type: z.string() });

export const chatMessage = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
});

export const chatBody = z.looseObject({
  ...common,
  messages: z.array(chatMessage).min(1, { error: "messages must contain at least one message" }),
  max_tokens: maxTokens,
  max_completion_tokens: maxTokens,
});

export type CompletionBody = z.infer<typeof completionBody>;
export type ChatBody = z.infer<typeof chatBody>;
export type ChatMessageBody = z.infer<typeof chatMessage>;

export const recordsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

/** "messages: Invalid input: expected array, received undefined; n: ..." — one line for the error body. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** What one streamed chunk (or a non-streaming body) says, read from OpenAI's completion and chat shapes. */
export interface ChunkInfo {
  readonly id?: string;
  /** The chunk carries generated text: one token event (vLLM sends one token per chunk by default). */
  readonly text: boolean;
  readonly finishReason?: string;
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number };
  /** vLLM reports an error raised mid-stream as a data event ({"error": {...}} or {"object": "error"}). */
  readonly error?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === "string" && v.length > 0;

/**
 * Reads a parsed chunk by hand rather than through zod: this runs once per token, and a schema
 * would cost more than the rest of the client's per-token work. Unknown shapes read as "no text".
 */
export function readChunk(json: unknown): ChunkInfo {
  if (!isObj(json)) return { text: false, error: `not a JSON object: ${String(json).slice(0, 80)}` };
  if (json.object === "error" || isObj(json.error)) {
    const e = isObj(json.error) ? json.error : json;
    return { text: false, error: typeof e.message === "string" ? e.message : JSON.stringify(e).slice(0, 200) };
  }
  const id = typeof json.id === "string" ? json.id : undefined;
  const u = json.usage;
  const usage = isObj(u) && typeof u.prompt_tokens === "number" && typeof u.completion_tokens === "number"
    ? { promptTokens: u.prompt_tokens, completionTokens: u.completion_tokens } : undefined;
  const choice = Array.isArray(json.choices) && isObj(json.choices[0]) ? json.choices[0] : undefined;
  if (!choice) return { id, text: false, usage };
  const delta = isObj(choice.delta) ? choice.delta : undefined;
  const message = isObj(choice.message) ? choice.message : undefined;
  const text = nonEmpty(choice.text) || (delta !== undefined && (nonEmpty(delta.content) || nonEmpty(delta.reasoning_content))) ||
    (message !== undefined && nonEmpty(message.content));
  const finishReason = typeof choice.finish_reason === "string" ? choice.finish_reason : undefined;
  return { id, text, finishReason, usage };
}

/**
 * The hot path of a stream: most chunks are one token, `"finish_reason":null`, no usage. Told apart by
 * substring search in compact JSON (vLLM, TGI, SGLang all send it compact), they skip JSON.parse.
 * Returns whether the chunk carries text, or undefined when it needs a full parse.
 */
export function fastTokenChunk(data: string): boolean | undefined {
  if (!data.includes('"finish_reason":null') || data.includes('"usage":{') || data.includes('"error"')) return undefined;
  const i = textStart(data);
  // The opening quote of the text is at i - 1; an empty string closes at once.
  return i < 0 ? undefined : data.charCodeAt(i) !== 34;
}

function textStart(data: string): number {
  const t = data.indexOf('"text":"');
  if (t >= 0) return t + 8;
  const c = data.indexOf('"content":"');
  return c >= 0 ? c + 11 : -1;
}

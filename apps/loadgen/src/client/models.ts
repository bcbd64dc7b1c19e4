import { z } from "zod";
import { socketErrorText } from "./error-text.ts";

const modelsBody = z.looseObject({ data: z.array(z.looseObject({ id: z.string() })) });

/** The server cannot be used: unreachable, or no usable answer. The CLI prints it and exits 1. */
export class TargetError extends Error {
  override name = "TargetError";
}

/**
 * GET /v1/models within `timeoutMs`: the served model names, first one first. Run before any load so
 * an unreachable or wrong endpoint fails fast, with the reason, instead of as N failed requests.
 */
export async function listModels(baseUrl: string, apiKey: string | undefined, timeoutMs: number): Promise<string[]> {
  const url = `${baseUrl.replace(/\/$/, "")}/v1/models`;
  let res: Response;
  try {
    res = await fetch(url, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {}, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const err = e as Error & { cause?: Error & { code?: string } };
    const reason = err.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : err.cause ? socketErrorText(err.cause) : err.message;
    throw new TargetError(`cannot reach ${url}: ${reason}`);
  }
  const text = await res.text();
  if (!res.ok) throw new TargetError(`GET ${url} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TargetError(`GET ${url} did not answer JSON: ${text.slice(0, 120)}`);
  }
  const parsed = modelsBody.safeParse(json);
  if (!parsed.success) throw new TargetError(`GET ${url} is not an OpenAI model list: ${parsed.error.issues[0]!.message}`);
  return parsed.data.data.map((m) => m.id);
}

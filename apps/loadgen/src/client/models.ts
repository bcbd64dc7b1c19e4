import http from "node:http";
import https from "node:https";
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
 * node:http, not fetch: fetch refuses "bad ports" (6000, 6665, ...) that a server may well use.
 */
export async function listModels(baseUrl: string, apiKey: string | undefined, timeoutMs: number): Promise<string[]> {
  const url = `${baseUrl.replace(/\/$/, "")}/v1/models`;
  const { status, text } = await get(url, apiKey, timeoutMs).catch((e: Error & { code?: string }) => {
    throw new TargetError(`cannot reach ${url}: ${e.name === "TimeoutError" ? e.message : socketErrorText(e)}`);
  });
  if (status !== 200) throw new TargetError(`GET ${url} answered HTTP ${status}: ${text.slice(0, 200)}`);
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

function get(url: string, apiKey: string | undefined, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const mod = url.startsWith("https:") ? https : http;
    const req = mod.get(url, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {}, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c)).on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text });
      }).on("error", reject);
    });
    const timer = setTimeout(() => {
      const e = new Error(`no answer within ${timeoutMs / 1000} s`);
      e.name = "TimeoutError";
      req.destroy(e);
    }, timeoutMs);
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors.ts";
import { formatIssues } from "./schemas.ts";

/** The JSON body checked against `schema`; malformed JSON and schema misses become HTTP 400. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, `Invalid JSON body: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, formatIssues(parsed.error));
  return parsed.data;
}

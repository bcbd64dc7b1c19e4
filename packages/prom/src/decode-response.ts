// HTTP status + body text → converted data, or the typed error that explains why not. Pure, so every
// envelope shape is unit tested without a server.
import type { z } from "zod";
import { PromBadResponseError, PromQueryError } from "./errors.ts";
import type { PromResponse } from "./types.ts";
import { envelopeSchema } from "./wire-schemas.ts";

/** `["data", "result", 0, "value", 1]` → `data.result[0].value[1]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(root)";
}

function schemaError(error: z.ZodError, prefix: readonly PropertyKey[], httpStatus: number): PromBadResponseError {
  const [first] = error.issues;
  const field = formatPath([...prefix, ...(first?.path ?? [])]);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more issue(s))` : "";
  return new PromBadResponseError({ field, detail: `${first?.message ?? "invalid"}${more}`, httpStatus, cause: error });
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${JSON.stringify(flat.slice(0, 120))}…` : JSON.stringify(flat);
}

export interface DecodeOptions<W, T> {
  httpStatus: number;
  body: string;
  /** Named in a PromQueryError: the expression, or what the request asked for. */
  expr: string;
  dataSchema: z.ZodType<W>;
  convert: (wire: W) => T;
}

export function decodeResponse<W, T>({ httpStatus, body, expr, dataSchema, convert }: DecodeOptions<W, T>): PromResponse<T> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    // Typically a reverse proxy's HTML error page, or the plain-text 503 Prometheus serves while starting.
    const hint = httpStatus === 503 ? " (is Prometheus still starting up?)" : "";
    throw new PromBadResponseError({ field: "body", detail: `not JSON: ${snippet(body)}${hint}`, httpStatus, cause });
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw schemaError(envelope.error, [], httpStatus);
  const e = envelope.data;
  if (e.status === "error") {
    throw new PromQueryError({ expr, errorType: e.errorType, promMessage: e.error, httpStatus, warnings: e.warnings });
  }

  const data = dataSchema.safeParse(e.data);
  if (!data.success) throw schemaError(data.error, ["data"], httpStatus);
  return { data: convert(data.data), warnings: e.warnings ?? [], infos: e.infos ?? [] };
}

import { z } from "zod";
import { TRACE_FORMATS } from "./types.ts";

const positiveInt = z.number().int().min(0);

/** What part of a trace to replay, and how fast. Checked once with zod; rows are checked by hand. */
export const traceOptionsSchema = z.strictObject({
  /** Default: recognised from the header line. */
  format: z.enum(TRACE_FORMATS).optional(),
  /** Arrivals are divided by this (2 = twice the request rate). */
  speedup: z.number().positive().finite().default(1),
  /** Skip this many data rows, or every row earlier than this many seconds after the first one. */
  start: z.union([z.strictObject({ rows: positiveInt }), z.strictObject({ seconds: z.number().min(0).finite() })]).optional(),
  /** Keep at most this many requests (after `start` and dropped failures); reading stops there. */
  limit: z.number().int().positive().optional(),
  /** BurstGPT rows with Response tokens 0 are failed requests: left out unless "keep". */
  failures: z.enum(["drop", "keep"]).default("drop"),
});

export type TraceOptions = z.input<typeof traceOptionsSchema>;
export type ResolvedTraceOptions = z.output<typeof traceOptionsSchema>;

export function resolveTraceOptions(opts: TraceOptions): ResolvedTraceOptions {
  const r = traceOptionsSchema.safeParse(opts);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new RangeError(`invalid trace option ${issue.path.join(".") || "(options)"}: ${issue.message}`);
}

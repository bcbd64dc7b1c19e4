// The body of POST /api/snapshots/[id]/load-run: `{ runId }` of a run the panel finished, or a
// results file as `npm run load` writes it (spec checked with the load generator's own schema).
// Either way the stored value is a results file, so `npm run load -- --replay` can repeat it.
import { runSpecSchema, type RunSpec } from "@throtl/loadgen";
import { z } from "zod";
import { InvalidRunRequestError } from "./errors.ts";

/** JSON writes a NaN (no value) as null. */
const n = z.number().nullable();
const count = z.int().min(0);
const dist = z.looseObject({ count, mean: n, p50: n, p90: n, p95: n, p99: n });

/** The parts of the load generator's RunSummary the panel reads; the rest is kept as it came. */
export const runSummarySchema = z.looseObject({
  requests: z.looseObject({ sent: count, completed: count, failed: count, cancelled: count, errorRate: n }),
  durationSeconds: z.number().min(0),
  requestsPerSecond: n,
  inputTokens: count,
  outputTokens: count,
  inputTokensPerSecond: n,
  outputTokensPerSecond: n,
  ttft: dist, itl: dist, tpot: dist, e2e: dist,
  slo: z.looseObject({ met: count, attainment: n, goodput: n, pass: z.boolean() }).optional(),
});

export const resultsFileSchema = z.looseObject({
  tool: z.literal("throtl-load", "not a throtl-load results file"),
  version: z.literal(1),
  startedAt: z.iso.datetime({ offset: true }),
  interrupted: z.boolean(),
  spec: runSpecSchema,
  summary: runSummarySchema.optional(),
}).refine((f) => f.summary !== undefined, { error: "no run summary (a capacity search's file has a curve instead): attach a single run's results", path: ["summary"] });

const byRunId = z.strictObject({ runId: z.string().trim().min(1) });

export type AttachBody = { readonly kind: "run"; readonly runId: string } | { readonly kind: "file"; readonly file: z.output<typeof resultsFileSchema> };

export function parseAttachBody(body: unknown): AttachBody {
  const isRunRef = typeof body === "object" && body !== null && "runId" in body;
  const parsed = isRunRef ? byRunId.safeParse(body) : resultsFileSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
    throw new InvalidRunRequestError(`Invalid load run to attach: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
  return isRunRef ? { kind: "run", runId: (parsed.data as z.output<typeof byRunId>).runId } : { kind: "file", file: parsed.data as z.output<typeof resultsFileSchema> };
}

export interface StoredLoadRun {
  readonly tool: "throtl-load";
  readonly version: 1;
  readonly startedAt: string;
  readonly interrupted: boolean;
  readonly spec: RunSpec;
  readonly summary: unknown;
  /** Where it came from: a panel run (its id and endpoint) or an uploaded file. */
  readonly source: { readonly kind: "panel"; readonly runId: string; readonly endpoint: string } | { readonly kind: "file" };
}

/** A value Postgres' jsonb can hold: NaN and ±Infinity become null, as JSON.stringify writes them. */
export function toStoredLoadRun(run: Omit<StoredLoadRun, "tool" | "version">): StoredLoadRun {
  return JSON.parse(JSON.stringify({ tool: "throtl-load", version: 1, ...run })) as StoredLoadRun;
}

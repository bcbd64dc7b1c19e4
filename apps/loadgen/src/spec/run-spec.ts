import { arrivalModelSchema, lengthModelSchema, TRACE_FORMATS } from "@throtl/workload";
import { z } from "zod";

const count = z.int().min(1);
const seconds = z.number().positive().finite();

/** How long an open- or closed-loop workload runs: a number of requests or a wall-clock span. */
export const stopSchema = z.union([z.strictObject({ requests: count }), z.strictObject({ seconds })]);

/** Arrival shape at unit rate, for the ramp (its rate is the ramp's at each moment). */
const shapeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("constant") }),
  z.strictObject({ kind: z.literal("poisson") }),
  z.strictObject({ kind: z.literal("gamma"), burstiness: seconds }),
]);

export const workloadSchema = z.discriminatedUnion("kind", [
  /** Open loop at a fixed mean rate (constant, Poisson or gamma-bursty gaps). */
  z.strictObject({ kind: z.literal("rate"), arrivals: arrivalModelSchema, lengths: lengthModelSchema, stop: stopSchema }),
  /** Open loop whose rate rises (or falls) linearly from `from` to `to` over `seconds`. */
  z.strictObject({ kind: z.literal("ramp"), from: z.number().min(0).finite(), to: z.number().min(0).finite(), seconds, shape: shapeSchema, lengths: lengthModelSchema }),
  /** Closed loop: `concurrency` requests always in flight. */
  z.strictObject({ kind: z.literal("concurrency"), concurrency: count, lengths: lengthModelSchema, stop: stopSchema }),
  /** A recorded trace; `sha256` pins the file so a replay uses the same rows. */
  z.strictObject({
    kind: z.literal("trace"), file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(TRACE_FORMATS).optional(), speedup: seconds,
    start: z.union([z.strictObject({ rows: z.int().min(0) }), z.strictObject({ seconds: z.number().min(0).finite() })]).optional(),
    limit: count.optional(),
  }),
]).refine((w) => w.kind !== "ramp" || w.from > 0 || w.to > 0, { error: "a ramp needs a rate above 0 at one end" });

/** Per-request SLOs (seconds) for attainment and goodput; `percentile` and `errorRate` judge a whole run. */
export const sloSchema = z.strictObject({
  ttft: seconds.optional(),
  /** A request's mean inter-token gap (its TPOT); at run level the pooled ITL percentile. */
  itl: seconds.optional(),
  e2e: seconds.optional(),
  /** Which percentile the run-level checks read (the summary keeps these four). */
  percentile: z.union([z.literal(50), z.literal(90), z.literal(95), z.literal(99)]).default(95),
  errorRate: z.number().min(0).max(1).optional(),
});

/** Capacity search: probes of the `rate` workload at different rates (see capacity/search.ts). */
export const searchSchema = z.strictObject({
  probeSeconds: seconds,
  rateMin: seconds.optional(),
  rateMax: seconds.optional(),
  /** Stop when (hi − lo) / hi is at most this. */
  tolerance: z.number().gt(0).lt(1),
  maxProbes: count,
});

export const targetSchema = z.strictObject({
  /** Base URL, e.g. http://127.0.0.1:8000 (paths /v1/... are appended). */
  url: z.url({ protocol: /^https?$/ }),
  endpoint: z.enum(["completions", "chat"]),
  /** Resolved before the run (the first of GET /v1/models when not given). */
  model: z.string().min(1),
  stream: z.boolean(),
});

/** Everything that decides what is sent and when: embedded in every result file so `--replay` repeats it. */
export const runSpecSchema = z.strictObject({
  version: z.literal(1),
  target: targetSchema,
  workload: workloadSchema,
  request: z.strictObject({
    /** Token-id arrays (completions only) or text of about N tokens (see docs/loadgen.md). */
    promptFormat: z.enum(["tokens", "text"]),
    temperature: z.number().min(0).finite(),
    /** Exact output lengths, as vLLM's benchmark asks for them. */
    ignoreEos: z.boolean(),
  }),
  seed: z.int().min(0).max(0xffffffff),
  /** Open loop only: requests past this many in flight wait (their lateness shows it). */
  maxConcurrency: count.optional(),
  timeoutSeconds: seconds,
  slo: sloSchema,
  /** Present: the run is a capacity search and `workload` (kind "rate") is the probe template. */
  search: searchSchema.optional(),
}).refine((s) => s.target.endpoint !== "chat" || s.request.promptFormat === "text", {
  error: "chat messages are text: use promptFormat text with the chat endpoint", path: ["request", "promptFormat"],
}).refine((s) => !s.search || s.workload.kind === "rate", {
  error: "a capacity search probes a rate workload", path: ["workload", "kind"],
}).refine((s) => !s.search || s.slo.ttft !== undefined || s.slo.itl !== undefined || s.slo.e2e !== undefined || s.slo.errorRate !== undefined, {
  error: "a capacity search needs at least one SLO target", path: ["slo"],
});

export type RunSpec = z.infer<typeof runSpecSchema>;
export type Workload = z.infer<typeof workloadSchema>;
export type SloSpec = z.infer<typeof sloSchema>;
export type Target = z.infer<typeof targetSchema>;
export type SearchSpec = z.infer<typeof searchSchema>;

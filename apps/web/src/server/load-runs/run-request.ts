// What the load page may ask for: a named endpoint and one of a few workloads, always bounded in
// time and request count. Validated here, then turned into the load generator's own RunSpec.
import { z } from "zod";

/** Ceilings of one panel run: long or large runs belong to the CLI (`npm run load`). */
export const RUN_LIMITS = { seconds: 600, requests: 10_000, concurrency: 256, rate: 1_000, tokens: 32_768, timeoutSeconds: 300, speedup: 1_000 } as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const num = (max: number) => z.coerce.number().positive().max(max);
const lengths = { promptTokens: int(1, RUN_LIMITS.tokens).default(200), outputTokens: int(1, RUN_LIMITS.tokens).default(200) };

export const BUNDLED_TRACE_NAMES = ["conv", "code"] as const;

export const runWorkloadSchema = z.discriminatedUnion("kind", [
  /** Open loop, one request every 1/rate seconds. */
  z.strictObject({ kind: z.literal("constant"), rate: num(RUN_LIMITS.rate), ...lengths }),
  /** Open loop, exponential gaps at mean `rate`. */
  z.strictObject({ kind: z.literal("poisson"), rate: num(RUN_LIMITS.rate), ...lengths }),
  /** Closed loop: `concurrency` requests always in flight. */
  z.strictObject({ kind: z.literal("concurrency"), concurrency: int(1, RUN_LIMITS.concurrency), ...lengths }),
  /** Replay of a bundled Azure trace (its own token counts), `speedup` times faster. */
  z.strictObject({ kind: z.literal("trace"), trace: z.enum(BUNDLED_TRACE_NAMES), speedup: num(RUN_LIMITS.speedup).default(1), limit: int(1, RUN_LIMITS.requests).optional() }),
]);

const sloSeconds = num(3_600).optional();

export const runRequestSchema = z.strictObject({
  /** A name from THROTL_LOAD_TARGETS (or THROTL_TARGETS), never a URL. */
  endpoint: z.string().trim().min(1, "choose an endpoint"),
  workload: runWorkloadSchema,
  durationSeconds: num(RUN_LIMITS.seconds),
  maxRequests: int(1, RUN_LIMITS.requests),
  stream: z.boolean().default(true),
  api: z.enum(["completions", "chat"]).default("completions"),
  /** Served model; the endpoint's first from /v1/models when absent. */
  model: z.string().trim().min(1).max(256).optional(),
  timeoutSeconds: num(RUN_LIMITS.timeoutSeconds).default(60),
  seed: int(0, 0xffffffff).default(0),
  slo: z.strictObject({ ttft: sloSeconds, itl: sloSeconds, e2e: sloSeconds }).default({}),
});

export type RunRequest = z.output<typeof runRequestSchema>;
export type RunWorkload = z.output<typeof runWorkloadSchema>;

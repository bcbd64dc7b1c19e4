import { Rng, type RequestInput } from "@throtl/simulator";
import { z } from "zod";
import { arrivalModelSchema, arrivalTimes } from "./arrivals.ts";
import { lengthModelSchema, lengthsOf } from "./lengths.ts";
import { prefixHashes, prefixModelSchema } from "./shared-prefix.ts";

export const syntheticSpecSchema = z.strictObject({
  count: z.number().int().min(0),
  seed: z.number().int().min(0).max(0xffffffff).default(0),
  arrivals: arrivalModelSchema,
  lengths: lengthModelSchema,
  prefix: prefixModelSchema.optional(),
  idPrefix: z.string().default("syn-"),
});
export type SyntheticSpec = z.input<typeof syntheticSpecSchema>;

/** Separate streams, so adding a prefix model does not move the arrival times of the same seed. */
const PREFIX_STREAM = 0x9e3779b9;

/**
 * Seeded synthetic requests: same spec and seed, same requests. Output lengths are exact (`maxTokens`,
 * finish_reason "length"), as vLLM's benchmark does with `ignore_eos`.
 */
export function generateRequests(spec: SyntheticSpec): RequestInput[] {
  const r = syntheticSpecSchema.safeParse(spec);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new RangeError(`invalid synthetic workload ${issue.path.join(".") || "(spec)"}: ${issue.message}`);
  }
  const s = r.data;
  const times = arrivalTimes(s.arrivals, s.count, new Rng(s.seed));
  const prefixRng = new Rng((s.seed ^ PREFIX_STREAM) >>> 0);
  const { promptTokens, outputTokens } = lengthsOf(s.lengths);
  return times.map((arrival, i) => {
    const id = `${s.idPrefix}${i}`;
    const base = { id, arrival, promptTokens, maxTokens: outputTokens };
    return s.prefix ? { ...base, blockHashes: prefixHashes(s.prefix, promptTokens, id, prefixRng) } : base;
  });
}

import type { Rng } from "@throtl/simulator";
import { z } from "zod";

/**
 * How requests arrive, at `rate` requests per second on average. "gamma" follows vLLM's benchmark
 * `--burstiness`: gaps ~ Gamma(shape = burstiness, scale = 1 / (rate x burstiness)); 1 is Poisson,
 * below 1 burstier, above 1 more regular.
 */
export const arrivalModelSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("constant"), rate: z.number().positive().finite() }),
  z.strictObject({ kind: z.literal("poisson"), rate: z.number().positive().finite() }),
  z.strictObject({ kind: z.literal("gamma"), rate: z.number().positive().finite(), burstiness: z.number().positive().finite() }),
]);
export type ArrivalModel = z.infer<typeof arrivalModelSchema>;

/** `count` arrival times in seconds, the first at 0, sorted. */
export function arrivalTimes(model: ArrivalModel, count: number, rng: Rng): number[] {
  const out = new Array<number>(count);
  let t = 0;
  for (let i = 0; i < count; i++) {
    out[i] = t;
    t += gap(model, rng);
  }
  return out;
}

function gap(m: ArrivalModel, rng: Rng): number {
  switch (m.kind) {
    case "constant": return 1 / m.rate;
    case "poisson": return rng.exponential(m.rate);
    case "gamma": return rng.gamma(m.burstiness, 1 / (m.rate * m.burstiness));
  }
}

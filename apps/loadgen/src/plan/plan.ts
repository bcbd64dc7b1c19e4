import { Rng } from "@throtl/simulator";
import { arrivalTimes, type ParsedTrace } from "@throtl/workload";
import type { RunSpec, Workload } from "../spec/run-spec.ts";
import { arrivalsWithin, rampArrivals } from "./arrivals.ts";

/** One request to send: when (seconds after the start; open loop only) and how many tokens in and out. */
export interface PlannedRequest {
  readonly index: number;
  readonly at: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

export type Plan =
  | { readonly kind: "open"; readonly requests: readonly PlannedRequest[] }
  /** `requests` bounds the count, `seconds` the span; the loop stops starting requests at either. */
  | { readonly kind: "closed"; readonly concurrency: number; readonly requests?: number; readonly seconds?: number; readonly promptTokens: number; readonly outputTokens: number };

/**
 * The pure core of a run: spec (and the parsed trace, read at the edge) → what to send when. Same spec,
 * same plan: arrivals are drawn from `spec.seed`.
 */
export function buildPlan(spec: RunSpec, trace?: ParsedTrace): Plan {
  const w: Workload = spec.workload;
  switch (w.kind) {
    case "rate": {
      const times = "requests" in w.stop ? arrivalTimes(w.arrivals, w.stop.requests, new Rng(spec.seed)) : arrivalsWithin(w.arrivals, w.stop.seconds, spec.seed);
      return open(times, w.lengths);
    }
    case "ramp": {
      const unit = w.shape.kind === "gamma" ? { kind: "gamma" as const, rate: 1, burstiness: w.shape.burstiness } : { kind: w.shape.kind, rate: 1 };
      return open(rampArrivals(w.from, w.to, w.seconds, unit, spec.seed), w.lengths);
    }
    case "concurrency":
      return { kind: "closed", concurrency: w.concurrency, ...w.stop, promptTokens: w.lengths.promptTokens, outputTokens: w.lengths.outputTokens };
    case "trace": {
      if (!trace) throw new Error("a trace workload needs its parsed trace");
      // vLLM refuses empty prompts and max_tokens 0; BurstGPT failures are replayed as 1 token.
      return { kind: "open", requests: trace.requests.map((r, index) => ({ index, at: r.arrival, promptTokens: Math.max(1, r.promptTokens), outputTokens: Math.max(1, r.outputTokens) })) };
    }
  }
}

function open(times: readonly number[], lengths: { promptTokens: number; outputTokens: number }): Plan {
  const { promptTokens, outputTokens } = lengths;
  return { kind: "open", requests: times.map((at, index) => ({ index, at, promptTokens, outputTokens })) };
}

import { resolveConfig, simulate } from "@throtl/simulator";
import { BUNDLED_TRACES, readTrace, toRequestInputs } from "@throtl/workload";

export interface SimSpeed {
  readonly requests: number;
  readonly simulatedSeconds: number;
  readonly steps: number;
  /** Wall seconds of each measured run (after one warm-up). */
  readonly wallSeconds: readonly number[];
  /** Simulated seconds per wall second of the median run. */
  readonly speedup: number;
}

/**
 * The full Azure conv trace (19,366 requests, ~58 min) through the default engine (Llama-3.1-8B on
 * h100-sxm) in virtual time. One warm-up run lets the JIT settle; the median of `runs` is reported.
 */
export function measureSimSpeed(runs = 5): SimSpeed {
  const trace = readTrace(BUNDLED_TRACES.conv);
  const inputs = toRequestInputs(trace.requests);
  const config = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm" });
  const warm = simulate(config, inputs);
  const wallSeconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    simulate(config, inputs);
    wallSeconds.push((performance.now() - t0) / 1000);
  }
  const median = [...wallSeconds].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { requests: inputs.length, simulatedSeconds: warm.endTime, steps: warm.numSteps, wallSeconds, speedup: warm.endTime / median };
}

import { resolveConfig, simulate, summarize, type ResolvedEngineConfig, type SimulationSummary } from "@throtl/simulator";
import type { readTrace } from "../read-trace.ts";
import { toRequestInputs } from "../to-requests.ts";
import type { TraceFormat } from "../types.ts";
import type { SimulateArgs } from "./args.ts";

/** Token times cost 8 bytes per output token; past this many the ITL falls back to per-request means. */
export const MAX_RECORDED_TOKENS = 20_000_000;

export interface SimulateReport {
  readonly config: ResolvedEngineConfig;
  readonly trace: { readonly file: string; readonly format: TraceFormat; readonly requests: number; readonly droppedFailures: number; readonly speedup: number };
  readonly run: { readonly steps: number; readonly preemptions: number; readonly endTime: number; readonly wallSeconds: number; readonly tokenTimes: boolean };
  readonly summary: SimulationSummary;
}

export interface SimulateDeps {
  readonly readTrace: typeof readTrace;
  /** Wall clock in seconds, only to report the simulation's own speed. */
  readonly now: () => number;
}

/** Config first (EngineConfigError before any IO), then trace → requests → virtual-time replay → summary. */
export function runSimulation(args: SimulateArgs, deps: SimulateDeps): SimulateReport {
  const config = resolveConfig(args.engine);
  const trace = deps.readTrace(args.trace, args.traceOptions);
  const inputs = toRequestInputs(trace.requests);
  const tokenTimes = trace.requests.reduce((a, r) => a + r.outputTokens, 0) <= MAX_RECORDED_TOKENS;
  const t0 = deps.now();
  const result = simulate(config, inputs, { recordTokenTimes: tokenTimes });
  const wallSeconds = deps.now() - t0;
  return {
    config,
    trace: { file: args.trace, format: trace.format, requests: inputs.length, droppedFailures: trace.droppedFailures, speedup: args.traceOptions.speedup ?? 1 },
    run: { steps: result.numSteps, preemptions: result.numPreemptions, endTime: result.endTime, wallSeconds, tokenTimes },
    summary: summarize(result.records, { rejected: result.rejected.length, slo: args.slo }),
  };
}

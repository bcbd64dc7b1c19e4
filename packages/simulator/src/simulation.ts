import { Cluster } from "./cluster.ts";
import type { ResolvedEngineConfig } from "./config.ts";
import type { EngineObserver, Rejection, RequestInput, RequestRecord, StepStats } from "./types.ts";

export interface SimulationOptions {
  readonly recordTokenTimes?: boolean;
  /** Keep a copy of every step's stats (memory grows with the number of steps). */
  readonly recordSteps?: boolean;
  /** Extra hooks, called alongside the simulation's own bookkeeping. */
  readonly observer?: EngineObserver;
  /** Stop at this virtual time even if work remains (unfinished requests are not reported). */
  readonly until?: number;
}

export interface SimulationResult {
  readonly records: RequestRecord[];
  readonly rejected: { input: RequestInput; rejection: Rejection }[];
  readonly steps: StepStats[];
  readonly numSteps: number;
  readonly numPreemptions: number;
  /** Virtual time of the last event. */
  readonly endTime: number;
}

/**
 * Replay arrivals through the engines in virtual time: at each point the earliest of the next arrival
 * and each busy engine's next step start happens first. Arrivals must be sorted by `arrival`.
 */
export function simulate(config: ResolvedEngineConfig, inputs: readonly RequestInput[], opts: SimulationOptions = {}): SimulationResult {
  const records: RequestRecord[] = [];
  const steps: StepStats[] = [];
  const extra = opts.observer;
  const observer: EngineObserver = {
    onFinish: (r) => { records.push(r); extra?.onFinish?.(r); },
    onStep: opts.recordSteps || extra?.onStep ? (s) => { if (opts.recordSteps) steps.push({ ...s }); extra?.onStep?.(s); } : undefined,
    onToken: extra?.onToken,
    onPreempt: extra?.onPreempt,
    onPrefixCacheQuery: extra?.onPrefixCacheQuery,
  };
  const cluster = new Cluster(config, { observer, recordTokenTimes: opts.recordTokenTimes });
  const rejected: { input: RequestInput; rejection: Rejection }[] = [];
  const until = opts.until ?? Number.POSITIVE_INFINITY;
  const engines = cluster.engines;
  const clocks = cluster.clocks;
  let next = 0;
  let endTime = 0;
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i]!.arrival < inputs[i - 1]!.arrival) throw new Error(`arrivals must be sorted: request ${inputs[i]!.id} at index ${i}`);
  }

  for (;;) {
    let ei = -1;
    let et = Number.POSITIVE_INFINITY;
    for (let i = 0; i < engines.length; i++) {
      if (engines[i]!.hasWork() && clocks[i]! < et) { et = clocks[i]!; ei = i; }
    }
    const at = next < inputs.length ? inputs[next]!.arrival : Number.POSITIVE_INFINITY;
    if (ei < 0 && at === Number.POSITIVE_INFINITY) break;
    if (Math.min(at, et) > until) break;
    if (at <= et) {
      const input = inputs[next++]!;
      const { rejection } = cluster.add(input);
      if (rejection) rejected.push({ input, rejection });
      if (at > endTime) endTime = at;
      continue;
    }
    const d = engines[ei]!.step(et);
    clocks[ei] = et + d;
    if (clocks[ei]! > endTime) endTime = clocks[ei]!;
  }
  return {
    records, rejected, steps,
    numSteps: engines.reduce((a, e) => a + e.numSteps, 0),
    numPreemptions: engines.reduce((a, e) => a + e.numPreemptions, 0),
    endTime,
  };
}

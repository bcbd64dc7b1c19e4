import type { ResolvedEngineConfig } from "./config.ts";
import { Engine } from "./engine.ts";
import type { EngineObserver, Rejection, RequestInput } from "./types.ts";

/**
 * `--data-parallel-size N`: N independent engine cores behind one API server. vLLM's DP client sends a
 * request to the engine with the lowest `4 x waiting + running` (vllm/v1/engine/core_client.py);
 * ties go to the lowest index.
 */
export class Cluster {
  readonly engines: Engine[];
  /** Each engine's own clock: when it is free to start its next step. */
  readonly clocks: number[];

  constructor(readonly config: ResolvedEngineConfig, opts: { observer?: EngineObserver; recordTokenTimes?: boolean } = {}) {
    this.engines = [];
    this.clocks = [];
    for (let i = 0; i < config.dataParallelSize; i++) {
      this.engines.push(new Engine(config, { index: i, observer: opts.observer, recordTokenTimes: opts.recordTokenTimes }));
      this.clocks.push(0);
    }
  }

  pick(): Engine {
    let best = this.engines[0]!;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const e of this.engines) {
      const score = 4 * e.numWaiting + e.numRunning;
      if (score < bestScore) { best = e; bestScore = score; }
    }
    return best;
  }

  /** Route a request; an idle engine's clock jumps forward to the arrival. */
  add(input: RequestInput): { engine: Engine; rejection?: Rejection } {
    const engine = this.pick();
    const rejection = engine.add(input);
    if (!rejection && this.clocks[engine.index]! < input.arrival) this.clocks[engine.index] = input.arrival;
    return rejection ? { engine, rejection } : { engine };
  }

  abort(id: string, now: number): boolean {
    return this.engines.some((e) => e.abort(id, now));
  }

  get numRunning(): number {
    return this.engines.reduce((a, e) => a + e.numRunning, 0);
  }

  get numWaiting(): number {
    return this.engines.reduce((a, e) => a + e.numWaiting, 0);
  }
}

import { Cluster } from "./cluster.ts";
import type { ResolvedEngineConfig } from "./config.ts";
import type { RequestRecord } from "./types.ts";

export interface ClosedLoopLoad {
  /** Clients, each sending its next request the moment its previous one finishes. */
  readonly clients: number;
  readonly promptTokens: number;
  /** Every request generates exactly this many tokens (ignore_eos). */
  readonly outputTokens: number;
  /** Virtual seconds to simulate; only requests finishing after `warmupSeconds` are counted. */
  readonly seconds: number;
  readonly warmupSeconds?: number;
  /** Time between a finish and the client's next arrival (network, client work). Default 0. */
  readonly thinkSeconds?: number;
}

export interface ClosedLoopResult {
  /** Requests finished per second over the counted span. */
  readonly requestRate: number;
  /** Output tokens per second of the requests finished in the counted span. */
  readonly outputTokensPerSecond: number;
  readonly finished: number;
  readonly numPreemptions: number;
}

/**
 * A closed-loop load through the engines in virtual time: what a fixed-concurrency load generator
 * measures against a server with this config. The what-if of "raise --max-num-seqs" under the same load.
 */
export function simulateClosedLoop(config: ResolvedEngineConfig, load: ClosedLoopLoad): ClosedLoopResult {
  if (!(load.clients >= 1) || !(load.seconds > 0) || !(load.outputTokens >= 1) || !(load.promptTokens >= 1)) {
    throw new Error("closed loop needs clients ≥ 1, seconds > 0, promptTokens ≥ 1 and outputTokens ≥ 1");
  }
  const warmup = load.warmupSeconds ?? 0;
  const think = load.thinkSeconds ?? 0;
  const finished: RequestRecord[] = [];
  const cluster = new Cluster(config, { observer: { onFinish: (r) => finished.push(r) } });
  let nextId = 0;
  const send = (at: number) => {
    const { rejection } = cluster.add({ id: `c${nextId++}`, arrival: at, promptTokens: load.promptTokens, maxTokens: load.outputTokens });
    if (rejection) throw new Error(`the engine rejects the closed-loop request: ${rejection.message}`);
  };
  for (let i = 0; i < load.clients; i++) send(0);
  let counted = 0;
  let tokens = 0;
  let handled = 0;
  for (;;) {
    let ei = -1;
    let et = Number.POSITIVE_INFINITY;
    cluster.engines.forEach((e, i) => { if (e.hasWork() && cluster.clocks[i]! < et) { et = cluster.clocks[i]!; ei = i; } });
    if (ei < 0 || et >= load.seconds) break;
    cluster.clocks[ei] = et + cluster.engines[ei]!.step(et);
    for (; handled < finished.length; handled++) {
      const r = finished[handled]!;
      if (r.finishedAt > warmup && r.finishedAt <= load.seconds) { counted++; tokens += r.outputTokens; }
      send(r.finishedAt + think);
    }
  }
  const span = load.seconds - warmup;
  return {
    requestRate: counted / span,
    outputTokensPerSecond: tokens / span,
    finished: counted,
    numPreemptions: cluster.engines.reduce((a, e) => a + e.numPreemptions, 0),
  };
}

import { Cluster, resolveConfig, type EngineConfig, type EngineObserver, type RequestInput, type RequestRecord, type RequestView } from "@throtl/simulator";
import type { Flavor } from "../../flavors.ts";
import { createFlavorMetrics } from "../index.ts";
import type { FlavorMetrics, MetricsContext } from "../types.ts";

export const START_EPOCH = 1_786_910_601.1177013;

/** Ground truth collected beside the metrics while a load runs. */
export interface DriveResult {
  readonly metrics: FlavorMetrics;
  readonly ctx: MetricsContext;
  readonly finished: RequestRecord[];
  readonly rejected: number;
  /** Output tokens emitted so far, finished and in-flight requests together, per engine. */
  readonly tokensPerEngine: number[];
  /** Requests that got their first token, and the sum of their prompt tokens, per engine. */
  readonly firstTokens: number[];
  readonly firstTokenPrompt: number[];
  readonly steps: number;
  /** Sum of StepStats.flops (the cost model reports them per GPU). */
  readonly flops: number;
  readonly arrivals: number;
  readonly preemptions: number;
  readonly prefix: { queried: number; hits: number };
  /** Virtual time where the run stopped. */
  readonly now: number;
}

/**
 * Runs `inputs` through a real Cluster with `flavor`'s metrics as the observer, the way simulation.ts
 * interleaves arrivals and engine steps, and stops at `until` (requests may still be in flight).
 */
export function drive(flavor: Flavor, engine: Partial<EngineConfig>, inputs: readonly RequestInput[], until = Number.POSITIVE_INFINITY): DriveResult {
  const config = resolveConfig({ model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 8192, ...engine });
  const ref: { m?: FlavorMetrics } = {};
  const finished: RequestRecord[] = [];
  const zeros = () => Array.from({ length: config.dataParallelSize }, () => 0);
  const tokensPerEngine = zeros();
  const firstTokens = zeros();
  const firstTokenPrompt = zeros();
  let steps = 0;
  let flops = 0;
  let arrivals = 0;
  const prefix = { queried: 0, hits: 0 };
  let preemptions = 0;
  const observer: EngineObserver = {
    onStep: (s) => { steps++; flops += s.flops; ref.m!.onStep?.(s); },
    onToken: (r: RequestView, t) => {
      tokensPerEngine[r.engine]!++;
      if (r.outputTokens === 1) { firstTokens[r.engine]!++; firstTokenPrompt[r.engine]! += r.input.promptTokens; }
      ref.m!.onToken?.(r, t);
    },
    onPreempt: (r, t) => { preemptions++; ref.m!.onPreempt?.(r, t); },
    onPrefixCacheQuery: (e, q, h) => { prefix.queried += q; prefix.hits += h; ref.m!.onPrefixCacheQuery?.(e, q, h); },
    onFinish: (r) => { finished.push(r); ref.m!.onFinish?.(r); },
  };
  const cluster = new Cluster(config, { observer });
  const ctx: MetricsContext = { config, cluster, startEpochSeconds: START_EPOCH };
  const m = createFlavorMetrics(flavor, ctx);
  ref.m = m;
  const clocks = cluster.clocks;
  let next = 0;
  let now = 0;
  let rejected = 0;
  for (;;) {
    let ei = -1;
    let et = Number.POSITIVE_INFINITY;
    cluster.engines.forEach((e, i) => { if (e.hasWork() && clocks[i]! < et) { et = clocks[i]!; ei = i; } });
    const at = next < inputs.length ? inputs[next]!.arrival : Number.POSITIVE_INFINITY;
    if (Math.min(at, et) > until || (ei < 0 && at === Number.POSITIVE_INFINITY)) break;
    if (at <= et) {
      const input = inputs[next++]!;
      const { engine: picked, rejection } = cluster.add(input);
      if (rejection) { rejected++; m.onRejected(rejection.reason === "prompt_too_long" ? "too_long" : "validation"); }
      else { arrivals++; m.onArrival(input, picked.index); }
      now = Math.max(now, at);
      continue;
    }
    clocks[ei] = et + cluster.engines[ei]!.step(et);
    now = Math.max(now, clocks[ei]!);
  }
  return {
    metrics: m, ctx, finished, rejected, tokensPerEngine, firstTokens, firstTokenPrompt, steps, flops, arrivals, preemptions, prefix,
    now: Math.min(now, until),
  };
}

/** A mixed load: `count` requests `gap` s apart, prompts and outputs varied deterministically. */
export function mixedLoad(count: number, gap: number, opts: { sharedPrefix?: number; blockSize?: number } = {}): RequestInput[] {
  const out: RequestInput[] = [];
  for (let i = 0; i < count; i++) {
    const promptTokens = 200 + ((i * 733) % 1800);
    const maxTokens = 32 + ((i * 97) % 200);
    const stopAt = i % 3 === 0 ? undefined : Math.max(1, maxTokens - 7 - (i % 11));
    const blockHashes = opts.sharedPrefix ? sharedHashes(promptTokens, opts.blockSize ?? 16, opts.sharedPrefix, i) : undefined;
    out.push({ id: `r${i}`, arrival: i * gap, promptTokens, maxTokens, stopAt, blockHashes, paramsN: 1 + (i % 2) });
  }
  return out;
}

function sharedHashes(promptTokens: number, blockSize: number, shared: number, i: number): number[] {
  const blocks = Math.floor(promptTokens / blockSize);
  const sharedBlocks = Math.floor(shared / blockSize);
  return Array.from({ length: blocks }, (_, b) => (b < sharedBlocks ? 1_000 + b : 1_000_000 * (i + 1) + b));
}

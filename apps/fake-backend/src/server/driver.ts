import { Cluster, type EngineObserver, type Rejection, type RequestRecord, type RequestView, type ResolvedEngineConfig, type StepStats } from "@throtl/simulator";
import type { VirtualClock } from "./clock.ts";
import { EngineLoop } from "./engine-loop.ts";
import { fanOut } from "./observers.ts";
import type { ServedRequest } from "./served-request.ts";

export type SubmitResult = { readonly engine: number; readonly rejection?: undefined } | { readonly rejection: Rejection };

/**
 * The simulated cluster in real time. Engine events are buffered while a step runs and delivered to
 * `observer` (metrics, exporters, ground truth) and to each request's listener when the wall clock
 * reaches the step's end; events outside a step (an abort between steps) are delivered at once.
 */
export class RealtimeDriver {
  readonly cluster: Cluster;
  private readonly loops: EngineLoop[];
  private stepping: EngineLoop | undefined;
  private readonly waiting = new Map<string, ServedRequest>();
  /** Receives every delivered event (metrics, exporters, ground truth); set once the observers exist. */
  observer: Required<EngineObserver> = fanOut([]);

  /** `recordTokenTimes`: every token's time in the finished records (ground truth for ITL). */
  constructor(config: ResolvedEngineConfig, private readonly clock: VirtualClock, recordTokenTimes = true) {
    const buffering: Required<EngineObserver> = {
      onStep: (s) => (this.stepping ? this.stepping.buffer.step(s) : this.deliver.onStep(s)),
      onToken: (r, t) => (this.stepping ? this.stepping.buffer.token(r, t) : this.deliver.onToken(r, t)),
      onPreempt: (r, t) => (this.stepping ? this.stepping.buffer.preempt(r, t) : this.deliver.onPreempt(r, t)),
      onPrefixCacheQuery: (e, q, h) => (this.stepping ? this.stepping.buffer.prefixCacheQuery(e, q, h) : this.deliver.onPrefixCacheQuery(e, q, h)),
      onFinish: (rec) => (this.stepping ? this.stepping.buffer.finish(rec) : this.deliver.onFinish(rec)),
    };
    this.cluster = new Cluster(config, { observer: buffering, recordTokenTimes });
    this.loops = this.cluster.engines.map((e) => new EngineLoop(e, this.cluster, clock, this.deliver, (l) => (this.stepping = l)));
  }

  now(): number {
    return this.clock.now();
  }

  /** Queue a request (its `arrival` should be `now()`); a rejection means it was never queued. */
  submit(req: ServedRequest): SubmitResult {
    const { engine, rejection } = this.cluster.add(req);
    if (rejection) return { rejection };
    this.waiting.set(req.id, req);
    this.loops[engine.index]!.arrived(req.arrival);
    return { engine: engine.index };
  }

  /** The client went away: the engine frees the request after its in-flight step (finish_reason "abort"). */
  abort(id: string, engine: number): void {
    this.loops[engine]?.abort(id);
  }

  close(): void {
    for (const l of this.loops) l.close();
  }

  /** Fan-out at delivery time: the shared observer first, then the request's own listener. */
  private readonly deliver: Required<EngineObserver> = {
    onStep: (s: StepStats) => this.observer.onStep(s),
    onToken: (r: RequestView, t: number) => {
      this.observer.onToken(r, t);
      (r.input as ServedRequest).listener?.onToken(r.outputTokens, t);
    },
    onPreempt: (r, t) => this.observer.onPreempt(r, t),
    onPrefixCacheQuery: (e, q, h) => this.observer.onPrefixCacheQuery(e, q, h),
    onFinish: (rec: RequestRecord) => {
      this.observer.onFinish(rec);
      const req = this.waiting.get(rec.id);
      this.waiting.delete(rec.id);
      req?.listener?.onFinish(rec);
    },
  };
}

import type { EngineObserver, RequestRecord, RequestView, StepStats } from "@throtl/simulator";

const STEP = 0, TOKEN = 1, PREEMPT = 2, PREFIX = 3, FINISH = 4;

/**
 * The events one engine step produced, held until the wall clock reaches the step's end. Parallel
 * arrays reused across steps: a token event stores the live request view (its state cannot change
 * before delivery, because the next step only starts after it), so buffering allocates nothing.
 */
export class EventBuffer {
  private kinds: number[] = [];
  private refs: unknown[] = [];
  private times: number[] = [];
  private extra: number[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  step(s: StepStats): void {
    this.push(STEP, { ...s }, s.start, 0);
  }

  token(req: RequestView, t: number): void {
    this.push(TOKEN, req, t, 0);
  }

  preempt(req: RequestView, t: number): void {
    this.push(PREEMPT, req, t, 0);
  }

  prefixCacheQuery(engine: number, queried: number, hits: number): void {
    this.push(PREFIX, engine, queried, hits);
  }

  finish(rec: RequestRecord): void {
    this.push(FINISH, rec, rec.finishedAt, 0);
  }

  /** Hand every buffered event to `to` in the order the engine produced them, then empty the buffer. */
  flush(to: Required<EngineObserver>): void {
    const n = this.length;
    this.length = 0;
    for (let i = 0; i < n; i++) {
      const ref = this.refs[i];
      this.refs[i] = undefined;
      switch (this.kinds[i]) {
        case STEP: to.onStep(ref as StepStats); break;
        case TOKEN: to.onToken(ref as RequestView, this.times[i]!); break;
        case PREEMPT: to.onPreempt(ref as RequestView, this.times[i]!); break;
        case PREFIX: to.onPrefixCacheQuery(ref as number, this.times[i]!, this.extra[i]!); break;
        case FINISH: to.onFinish(ref as RequestRecord); break;
      }
    }
  }

  private push(kind: number, ref: unknown, t: number, x: number): void {
    const i = this.length++;
    this.kinds[i] = kind;
    this.refs[i] = ref;
    this.times[i] = t;
    this.extra[i] = x;
  }
}

import type { Cluster, Engine, EngineObserver } from "@throtl/simulator";
import type { VirtualClock } from "./clock.ts";
import { EventBuffer } from "./event-buffer.ts";

/**
 * How far virtual time may fall behind the wall clock when the process cannot keep up (a CPU-bound
 * frontend): past this the engine's clock jumps forward and the simulated GPU idles for the gap.
 */
export const MAX_LAG_S = 0.1;
/** Wall time one catch-up batch may use before yielding to the event loop (new requests, other engines). */
const BATCH_BUDGET_MS = 15;

/**
 * One data-parallel engine in real time: `d = engine.step(start)`, hold the step's events until the
 * wall clock reaches `start + d`, deliver them, step again. When it falls behind, several due steps
 * run in one callback so each stream's writes coalesce into one socket write.
 */
export class EngineLoop {
  readonly buffer = new EventBuffer();
  /** Virtual end of the step whose events are held; NaN when none is in flight. */
  private inFlightEnd = Number.NaN;
  private lastArrival = 0;
  private deferredAborts: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private closed = false;

  constructor(
    readonly engine: Engine,
    private readonly cluster: Cluster,
    private readonly clock: VirtualClock,
    private readonly deliver: Required<EngineObserver>,
    private readonly onStepping: (loop: EngineLoop | undefined) => void,
  ) {}

  /** A request was queued on this engine at `t`: no step may start before it. */
  arrived(t: number): void {
    if (t > this.lastArrival) this.lastArrival = t;
    this.wake();
  }

  /** Aborts wait for the in-flight step's delivery so observers see events in virtual-time order. */
  abort(id: string): void {
    if (Number.isNaN(this.inFlightEnd)) this.engine.abort(id, Math.max(this.clock.now(), this.cluster.clocks[this.engine.index]!));
    else this.deferredAborts.push(id);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
  }

  private wake(): void {
    if (this.closed || this.timer || this.immediate || !Number.isNaN(this.inFlightEnd)) return;
    this.immediate = setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.timer = undefined;
    this.immediate = undefined;
    if (this.closed) return;
    const began = performance.now();
    for (;;) {
      if (!Number.isNaN(this.inFlightEnd)) {
        const wait = this.clock.msUntil(this.inFlightEnd);
        if (wait > 0) {
          // Timers may fire up to ~1 ms early against performance.now(); sub-ms waits re-check on the next turn.
          if (wait >= 1) this.timer = setTimeout(this.run, Math.floor(wait));
          else this.immediate = setImmediate(this.run);
          return;
        }
        this.deliverInFlight();
      }
      if (!this.engine.hasWork()) return;
      if (performance.now() - began > BATCH_BUDGET_MS) {
        this.immediate = setImmediate(this.run);
        return;
      }
      this.stepOnce();
    }
  };

  private stepOnce(): void {
    const i = this.engine.index;
    const clocks = this.cluster.clocks;
    const start = Math.max(clocks[i]!, this.lastArrival, this.clock.now() - MAX_LAG_S);
    this.onStepping(this);
    let d: number;
    try {
      d = this.engine.step(start);
    } finally {
      this.onStepping(undefined);
    }
    // Work that cannot be scheduled yet (nothing fits): look again shortly.
    clocks[i] = start + (d > 0 ? d : 0.001);
    this.inFlightEnd = clocks[i]!;
  }

  private deliverInFlight(): void {
    const end = this.inFlightEnd;
    this.buffer.flush(this.deliver);
    this.inFlightEnd = Number.NaN;
    if (this.deferredAborts.length > 0) {
      const ids = this.deferredAborts;
      this.deferredAborts = [];
      for (const id of ids) this.engine.abort(id, end);
    }
  }
}

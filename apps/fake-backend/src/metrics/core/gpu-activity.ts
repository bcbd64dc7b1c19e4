import type { GpuProfile, StepStats } from "@throtl/simulator";

/** Triton polls DCGM every --metrics-interval-ms (default 2000); its gauges hold the last poll. */
export const TRITON_POLL_SECONDS = 2;

interface Bin { busy: number; weighted: number }

/**
 * Per-engine GPU activity in poll-sized bins: utilization = busy / interval; power = idle + (tdp - idle)
 * x weighted busy / interval (weight 1 compute-bound, 0.5 memory-bound: decode draws about half the
 * dynamic range); energy = that power integrated to the last poll. A TP group shares its engine's values.
 */
export class GpuActivity {
  private readonly bins: Map<number, Bin>[];
  /** Weighted busy seconds of bins already dropped, per engine. */
  private readonly settled: number[];
  private readonly settledBefore: number[];

  constructor(engines: number, private readonly gpu: GpuProfile, private readonly period = TRITON_POLL_SECONDS) {
    this.bins = Array.from({ length: engines }, () => new Map());
    this.settled = Array.from({ length: engines }, () => 0);
    this.settledBefore = Array.from({ length: engines }, () => 0);
  }

  onStep(s: StepStats): void {
    const weight = 0.5 + 0.5 * (s.computeTime / Math.max(s.computeTime, s.memoryTime, Number.MIN_VALUE));
    const end = s.start + s.duration;
    for (let k = Math.floor(s.start / this.period); k * this.period < end; k++) {
      const overlap = Math.min(end, (k + 1) * this.period) - Math.max(s.start, k * this.period);
      if (overlap <= 0) continue;
      if (k < this.settledBefore[s.engine]!) { this.settled[s.engine]! += overlap * weight; continue; }
      const bins = this.bins[s.engine]!;
      const bin = bins.get(k) ?? { busy: 0, weighted: 0 };
      bin.busy += overlap;
      bin.weighted += overlap * weight;
      bins.set(k, bin);
    }
  }

  /** Busy fraction of the last completed poll interval before `now`, in [0, 1]. */
  utilization(engine: number, now: number): number {
    return Math.min(1, (this.lastBin(engine, now)?.busy ?? 0) / this.period);
  }

  powerWatts(engine: number, now: number): number {
    const weighted = Math.min(this.period, this.lastBin(engine, now)?.weighted ?? 0);
    return this.gpu.idleWatts + ((this.gpu.tdpWatts - this.gpu.idleWatts) * weighted) / this.period;
  }

  /** Joules from virtual time 0 to the last poll before `now`. */
  energyJoules(engine: number, now: number): number {
    const poll = Math.floor(now / this.period);
    this.settle(engine, poll);
    const weighted = this.settled[engine]! + (this.bins[engine]!.get(poll - 1)?.weighted ?? 0);
    return this.gpu.idleWatts * poll * this.period + (this.gpu.tdpWatts - this.gpu.idleWatts) * weighted;
  }

  private lastBin(engine: number, now: number): Bin | undefined {
    return this.bins[engine]!.get(Math.floor(now / this.period) - 1);
  }

  /** Folds every bin before `poll` into the settled total, keeping the one the gauges still read. */
  private settle(engine: number, poll: number): void {
    const bins = this.bins[engine]!;
    for (const [k, bin] of bins) {
      if (k < poll - 1) {
        this.settled[engine]! += bin.weighted;
        bins.delete(k);
      }
    }
    if (poll - 1 > this.settledBefore[engine]!) this.settledBefore[engine] = poll - 1;
  }
}

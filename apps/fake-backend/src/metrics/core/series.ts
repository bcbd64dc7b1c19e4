/**
 * Labelled series of each kind: updates are a few arithmetic operations, nothing is formatted before
 * render. `touched`: whether a lazily-creating client (Rust metrics, Python multiprocess) has it yet.
 */
export class CounterSeries {
  value = 0;
  touched = false;
  /** Read at render instead of `value` (a total the flavor integrates itself, e.g. energy). */
  read: (() => number) | undefined = undefined;
  constructor(readonly labels: readonly string[]) {}

  inc(by = 1): void {
    this.value += by;
    this.touched = true;
  }
}

export class GaugeSeries {
  value = 0;
  touched = false;
  /** Read at render instead of `value` (live engine state). */
  read: (() => number) | undefined = undefined;
  constructor(readonly labels: readonly string[]) {}

  set(v: number): void {
    this.value = v;
    this.touched = true;
  }

}

export class HistogramSeries {
  /** Observations per bucket, not cumulative; the last slot is +Inf. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;
  touched = false;
  constructor(readonly labels: readonly string[], readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  /** Bucket upper bounds are inclusive (v <= le), as in every client library here. */
  observe(v: number): void {
    const b = this.bounds;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    this.counts[lo]!++;
    this.sum += v;
    this.count++;
    this.touched = true;
  }
}

/** A summary over the last `window` observations (quantiles are computed at render). */
export class SummarySeries {
  sum = 0;
  count = 0;
  touched = false;
  private readonly ring: Float64Array;
  private next = 0;
  constructor(readonly labels: readonly string[], readonly quantiles: readonly number[], window = 1024) {
    this.ring = new Float64Array(window);
  }

  observe(v: number): void {
    this.ring[this.next++ % this.ring.length] = v;
    this.sum += v;
    this.count++;
    this.touched = true;
  }

  /** Nearest-rank quantiles of the window; 0 when nothing was observed yet. */
  quantileValues(): number[] {
    const n = Math.min(this.next, this.ring.length);
    if (n === 0) return this.quantiles.map(() => 0);
    const sorted = this.ring.slice(0, n).sort();
    return this.quantiles.map((q) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!);
  }
}

export type AnySeries = CounterSeries | GaugeSeries | HistogramSeries | SummarySeries;

/** The sample value of a counter or gauge series. */
export function scalarValue(s: CounterSeries | GaugeSeries): number {
  return s.read ? s.read() : s.value;
}

import { distribution } from "@throtl/simulator";
import { tpotOf } from "../report/gaps.ts";
import type { RequestResult } from "../run/result.ts";

interface Bucket {
  completed: number;
  failed: number;
  inputTokens: number;
  outputTokens: number;
  ttft: number[];
  tpot: number[];
}

/** Per-second series for the charts (rates per second; latencies in seconds, NaN where none). */
export interface LiveSeries {
  readonly requestRate: number[];
  readonly inputTokensPerSecond: number[];
  readonly outputTokensPerSecond: number[];
  readonly ttftP95: number[];
  readonly tpotP95: number[];
  readonly errors: number[];
}

export interface LiveSnapshot {
  readonly elapsed: number;
  readonly sent: number;
  readonly completed: number;
  readonly failed: number;
  readonly inFlight: number;
  readonly series: LiveSeries;
}

/** Latency percentiles over this many trailing buckets: one second holds too few requests to rank. */
const LATENCY_WINDOW = 5;

/**
 * Live counters in one-second buckets, fed as requests are sent, tokens read and results come back.
 * Pure: callers pass the time (seconds since the start). Keeps the last `keep` buckets.
 */
export class LiveStats {
  private readonly buckets = new Map<number, Bucket>();
  /** Windowed p95s of whole seconds: they no longer change (results land in the current second). */
  private readonly p95s = new Map<number, { ttft: number; tpot: number }>();
  private sentCount = 0;
  private completedCount = 0;
  private failedCount = 0;
  private cancelledCount = 0;

  constructor(private readonly keep = 600) {}

  sent(): void {
    this.sentCount++;
  }

  tokens(t: number, n: number): void {
    this.bucket(t).outputTokens += n;
  }

  result(t: number, r: RequestResult, streamed: boolean): void {
    const b = this.bucket(t);
    if (r.error?.kind === "aborted") this.cancelledCount++;
    else if (r.error) {
      this.failedCount++;
      b.failed++;
    } else {
      this.completedCount++;
      b.completed++;
      b.inputTokens += r.promptTokens;
      // Streamed tokens were counted as they arrived; a non-streaming answer counts at its end.
      if (!streamed) b.outputTokens += r.outputTokens;
      if (!Number.isNaN(r.ttft)) b.ttft.push(r.ttft);
      const tpot = tpotOf(r);
      if (!Number.isNaN(tpot)) b.tpot.push(tpot);
    }
  }

  /** Series of the last `points` whole seconds before `t` (the current second is still filling). */
  snapshot(t: number, points: number): LiveSnapshot {
    const last = Math.floor(t) - 1;
    const n = Math.max(0, Math.min(points, last + 1));
    const ids = Array.from({ length: n }, (_, i) => last - n + 1 + i);
    const at = (id: number) => this.buckets.get(id);
    const window = (id: number, pick: (b: Bucket) => number[]) => {
      const vs: number[] = [];
      for (let k = id - LATENCY_WINDOW + 1; k <= id; k++) vs.push(...(at(k) ? pick(at(k)!) : []));
      return distribution(vs).p95;
    };
    const p95 = (id: number) => {
      let v = this.p95s.get(id);
      if (!v) {
        v = { ttft: window(id, (b) => b.ttft), tpot: window(id, (b) => b.tpot) };
        this.p95s.set(id, v);
        this.p95s.delete(id - this.keep);
      }
      return v;
    };
    return {
      elapsed: t, sent: this.sentCount, completed: this.completedCount, failed: this.failedCount,
      inFlight: this.sentCount - this.completedCount - this.failedCount - this.cancelledCount,
      series: {
        requestRate: ids.map((id) => at(id)?.completed ?? 0),
        inputTokensPerSecond: ids.map((id) => at(id)?.inputTokens ?? 0),
        outputTokensPerSecond: ids.map((id) => at(id)?.outputTokens ?? 0),
        ttftP95: ids.map((id) => p95(id).ttft),
        tpotP95: ids.map((id) => p95(id).tpot),
        errors: ids.map((id) => at(id)?.failed ?? 0),
      },
    };
  }

  private bucket(t: number): Bucket {
    const id = Math.floor(t);
    let b = this.buckets.get(id);
    if (!b) {
      b = { completed: 0, failed: 0, inputTokens: 0, outputTokens: 0, ttft: [], tpot: [] };
      this.buckets.set(id, b);
      this.buckets.delete(id - this.keep);
    }
    return b;
  }
}

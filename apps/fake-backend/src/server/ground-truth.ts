import type { EngineObserver, FinishReason, RequestRecord, RequestView } from "@throtl/simulator";
import type { RejectKind } from "./errors.ts";

export interface SeqRecord extends RequestRecord {
  readonly seq: number;
}

/** Cumulative counts, counted the way vLLM V1 counts its own counters. */
export interface GroundTruthCounters {
  arrivals: number;
  rejected: Record<RejectKind, number>;
  /** Added when a request emits its first token (vLLM V1's prompt_tokens_total). */
  promptTokens: number;
  generationTokens: number;
  preemptions: number;
  steps: number;
  prefixCacheQueriedTokens: number;
  prefixCacheHitTokens: number;
  requests: Record<FinishReason, number>;
}

export interface RecordsPage {
  readonly records: readonly SeqRecord[];
  /** Pass as `after` to get the next page. */
  readonly next: number;
  /** Lowest seq still held; records below it were dropped from the ring. */
  readonly oldest: number;
  readonly counters: GroundTruthCounters;
}

/** Finished-request records in a bounded ring, with counters, for comparing metrics to the truth. */
export class GroundTruth implements EngineObserver {
  private readonly ring: (SeqRecord | undefined)[];
  private nextSeq = 1;
  readonly counters: GroundTruthCounters = {
    arrivals: 0, rejected: { validation: 0, too_long: 0 }, promptTokens: 0, generationTokens: 0, preemptions: 0, steps: 0,
    prefixCacheQueriedTokens: 0, prefixCacheHitTokens: 0, requests: { stop: 0, length: 0, abort: 0 },
  };

  constructor(readonly capacity = 50_000) {
    this.ring = new Array<SeqRecord | undefined>(capacity);
  }

  onArrival(): void { this.counters.arrivals++; }
  onRejected(kind: RejectKind): void { this.counters.rejected[kind]++; }
  onStep(): void { this.counters.steps++; }
  onPreempt(): void { this.counters.preemptions++; }

  onToken(req: RequestView): void {
    this.counters.generationTokens++;
    if (req.outputTokens === 1) this.counters.promptTokens += req.input.promptTokens;
  }

  onPrefixCacheQuery(_engine: number, queried: number, hits: number): void {
    this.counters.prefixCacheQueriedTokens += queried;
    this.counters.prefixCacheHitTokens += hits;
  }

  onFinish(rec: RequestRecord): void {
    this.counters.requests[rec.finishReason]++;
    const seq = this.nextSeq++;
    this.ring[seq % this.capacity] = { ...rec, seq };
  }

  /** Records with seq > `after`, oldest first, at most `limit`. */
  page(after: number, limit: number): RecordsPage {
    const oldest = Math.max(1, this.nextSeq - this.capacity);
    const from = Math.max(after + 1, oldest);
    const to = Math.min(this.nextSeq, from + limit);
    const records: SeqRecord[] = [];
    for (let s = from; s < to; s++) records.push(this.ring[s % this.capacity]!);
    return { records, next: to - 1 < after ? after : to - 1, oldest, counters: this.counters };
  }
}

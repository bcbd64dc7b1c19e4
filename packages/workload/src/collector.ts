import { TraceRowError } from "./errors.ts";
import type { ResolvedTraceOptions } from "./options.ts";
import type { TraceRequest } from "./types.ts";

/**
 * Applies `start`, `limit` and `speedup` to validated rows as they are read, and checks that time never
 * runs backwards (the simulator replays arrivals in order). Times are file-relative: whole seconds and
 * fraction are subtracted separately to keep sub-microsecond digits.
 */
export class TraceCollector {
  readonly requests: TraceRequest[] = [];
  droppedFailures = 0;
  rowsRead = 0;
  private firstSec = Number.NaN;
  private firstFrac = 0;
  private prev = Number.NEGATIVE_INFINITY;
  private prevLine = 0;
  private base = Number.NaN;

  constructor(private readonly file: string, private readonly opts: ResolvedTraceOptions) {}

  /** Takes one validated row; returns false once `limit` requests are kept. */
  add(lineNo: number, line: string, sec: number, frac: number, promptTokens: number, outputTokens: number, failed: boolean): boolean {
    this.rowsRead++;
    if (Number.isNaN(this.firstSec)) { this.firstSec = sec; this.firstFrac = frac; }
    const t = sec - this.firstSec + (frac - this.firstFrac);
    if (t < this.prev) {
      throw new TraceRowError(this.file, lineNo, `time goes backwards (earlier than line ${this.prevLine}); sort the trace by time first`, line);
    }
    this.prev = t;
    this.prevLine = lineNo;
    const start = this.opts.start;
    if (start && ("rows" in start ? this.rowsRead <= start.rows : t < start.seconds)) return true;
    if (failed && this.opts.failures === "drop") { this.droppedFailures++; return true; }
    if (Number.isNaN(this.base)) this.base = t;
    const arrival = (t - this.base) / this.opts.speedup;
    this.requests.push(failed ? { arrival, promptTokens, outputTokens, failed } : { arrival, promptTokens, outputTokens });
    return this.opts.limit === undefined || this.requests.length < this.opts.limit;
  }
}

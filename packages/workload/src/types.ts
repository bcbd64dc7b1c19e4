/** The trace formats the parser understands, named by where they come from. */
export const TRACE_FORMATS = ["azure", "burstgpt"] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

/** One request of a recorded trace: when it came and how many tokens went in and out. */
export interface TraceRequest {
  /** Seconds after the first kept row (divided by `speedup`). */
  readonly arrival: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** BurstGPT only: the service failed this request (Response tokens 0); kept only on request. */
  readonly failed?: boolean;
}

export interface ParsedTrace {
  readonly format: TraceFormat;
  readonly requests: TraceRequest[];
  /** BurstGPT failures left out (`failures: "drop"`, the default). */
  readonly droppedFailures: number;
  /** Data rows read and validated (reading stops once `limit` requests are kept). */
  readonly rowsRead: number;
}

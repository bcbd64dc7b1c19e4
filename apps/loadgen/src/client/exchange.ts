/** Why a request did not complete: counted per kind in the report, never thrown. */
export const ERROR_KINDS = ["connect", "timeout", "http", "stream", "aborted"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One HTTP exchange as the client saw it. Times are performance.now() milliseconds. */
export interface Exchange {
  /** 0 when no response started. */
  readonly status: number;
  readonly sentAt: number;
  readonly endAt: number;
  /** When each text-carrying chunk was read (streaming only). */
  readonly tokenTimes: readonly number[];
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number };
  readonly responseId?: string;
  readonly finishReason?: string;
  readonly error?: { readonly kind: ErrorKind; readonly message: string };
  /** Bytes on the wire (HTTP head, chunk framing and body), from the socket's counters. */
  readonly txBytes: number;
  readonly rxBytes: number;
}

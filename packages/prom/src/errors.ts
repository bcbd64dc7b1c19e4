// The three ways a Prometheus call fails. Callers switch on `kind` once (e.g. to an HTTP status or a
// UI banner) instead of inspecting messages; each message alone is enough to act on in a log line.

/** Why the server could not be talked to at all. */
export type UnreachableReason = "timeout" | "refused" | "dns" | "network";

const REASON_TEXT: Record<Exclude<UnreachableReason, "timeout">, string> = {
  refused: "connection refused",
  dns: "host name did not resolve",
  network: "network error",
};

/** Connection refused, DNS failure, reset, or no answer within the timeout. */
export class PromUnreachableError extends Error {
  readonly kind = "unreachable" as const;
  override readonly name = "PromUnreachableError";
  readonly url: string;
  readonly timeoutMs: number;
  readonly reason: UnreachableReason;

  constructor(args: { url: string; timeoutMs: number; reason: UnreachableReason; detail?: string; cause?: unknown }) {
    const detail = args.detail ? ` (${args.detail})` : "";
    const what =
      args.reason === "timeout"
        ? `no response within the ${args.timeoutMs} ms timeout${detail}`
        : `${REASON_TEXT[args.reason]}${detail}; timeout ${args.timeoutMs} ms`;
    super(`Prometheus unreachable at ${args.url}: ${what}`, { cause: args.cause });
    this.url = args.url;
    this.timeoutMs = args.timeoutMs;
    this.reason = args.reason;
  }
}

/**
 * Prometheus' `errorType`. Known values as of 2.x/3.x; kept open because newer servers add some
 * (`not_acceptable` arrived in 3.0) and an unknown type is still a query error, not a bad response.
 */
export type PromErrorType =
  | "bad_data"
  | "execution"
  | "timeout"
  | "canceled"
  | "internal"
  | "unavailable"
  | "not_found"
  | (string & {});

/** Prometheus answered with an error envelope: bad PromQL (400 bad_data), evaluation failure (422), … */
export class PromQueryError extends Error {
  readonly kind = "query" as const;
  override readonly name = "PromQueryError";
  /** The PromQL expression (or series matchers) the request carried; the endpoint when it had none. */
  readonly expr: string;
  readonly errorType: PromErrorType;
  /** Prometheus' own error text, verbatim. */
  readonly promMessage: string;
  readonly httpStatus: number;
  readonly warnings: readonly string[];

  constructor(args: { expr: string; errorType: string; promMessage: string; httpStatus: number; warnings?: readonly string[] }) {
    super(`Prometheus rejected ${JSON.stringify(args.expr)} (HTTP ${args.httpStatus} ${args.errorType}): ${args.promMessage}`);
    this.expr = args.expr;
    this.errorType = args.errorType;
    this.promMessage = args.promMessage;
    this.httpStatus = args.httpStatus;
    this.warnings = args.warnings ?? [];
  }
}

/** The server answered, but not with what the Prometheus HTTP API promises (non-JSON, wrong shape). */
export class PromBadResponseError extends Error {
  readonly kind = "bad-response" as const;
  override readonly name = "PromBadResponseError";
  /** Where in the response it went wrong, e.g. `data.result[0].value[1]`, or `body` for non-JSON. */
  readonly field: string;
  readonly detail: string;
  /** `GET /api/v1/query` etc.; absent while a pure decoder has not been told the endpoint yet. */
  readonly endpoint: string | undefined;
  readonly httpStatus: number | undefined;

  constructor(args: { field: string; detail: string; endpoint?: string; httpStatus?: number; cause?: unknown }) {
    const where = args.endpoint ? ` from ${args.endpoint}` : "";
    const status = args.httpStatus === undefined ? "" : ` (HTTP ${args.httpStatus})`;
    super(`Unexpected Prometheus response${where}${status}: ${args.field}: ${args.detail}`, { cause: args.cause });
    this.field = args.field;
    this.detail = args.detail;
    this.endpoint = args.endpoint;
    this.httpStatus = args.httpStatus;
  }

  /** The same error, placed at an endpoint (decoders and the value parser are pure and do not know it). */
  at(endpoint: string, httpStatus: number): PromBadResponseError {
    if (this.endpoint !== undefined) return this;
    const status = this.httpStatus ?? httpStatus;
    return new PromBadResponseError({ field: this.field, detail: this.detail, endpoint, httpStatus: status, cause: this.cause });
  }
}

export type PromError = PromUnreachableError | PromQueryError | PromBadResponseError;

export function isPromError(err: unknown): err is PromError {
  return err instanceof PromUnreachableError || err instanceof PromQueryError || err instanceof PromBadResponseError;
}

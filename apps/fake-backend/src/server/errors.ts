/** vLLM's ErrorResponse (vllm/entrypoints/openai/protocol.py): the body of every 4xx/5xx from the API. */
export interface ErrorBody {
  readonly object: "error";
  readonly message: string;
  readonly type: string;
  readonly param: string | null;
  readonly code: number;
}

export type ErrorStatus = 400 | 404 | 500;

const ERROR_TYPES: Record<ErrorStatus, string> = { 400: "BadRequestError", 404: "NotFoundError", 500: "InternalServerError" };

/** How a refused request is counted in the backend's metrics (see FlavorMetrics.onRejected). */
export type RejectKind = "validation" | "too_long";

/** A request the API refuses; thrown by validation and mapped to a response once, in the app's error handler. */
export class ApiError extends Error {
  constructor(readonly status: ErrorStatus, message: string, readonly rejectKind: RejectKind | null = "validation") {
    super(message);
    this.name = "ApiError";
  }

  get body(): ErrorBody {
    return errorBody(this.status, this.message);
  }
}

export function errorBody(status: ErrorStatus, message: string): ErrorBody {
  return { object: "error", message, type: ERROR_TYPES[status], param: null, code: status };
}

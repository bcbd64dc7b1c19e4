// Typed failures of the run manager; http.ts maps each to one status, once.
import type { InputIssue } from "@throtl/db";

/** 400: the body does not describe a run (issues name the fields). */
export class InvalidRunRequestError extends Error {
  override readonly name = "InvalidRunRequestError";
  constructor(message: string, readonly issues: readonly InputIssue[]) {
    super(message);
  }
}

/** 404 */
export class RunNotFoundError extends Error {
  override readonly name = "RunNotFoundError";
  constructor(readonly id: string) {
    super(`No load run with id ${JSON.stringify(id)} (the panel keeps the most recent runs in memory only)`);
  }
}

/** 409: a run is already active on the endpoint, or the run is not in a state for the operation. */
export class RunConflictError extends Error {
  override readonly name = "RunConflictError";
  constructor(message: string, readonly runId?: string) {
    super(message);
  }
}

/** 502: the configured endpoint cannot be used (unreachable, no models); nothing was sent. */
export class EndpointUnavailableError extends Error {
  override readonly name = "EndpointUnavailableError";
}

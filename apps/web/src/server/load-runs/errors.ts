// Typed failures of the run manager; http.ts maps each to one status, once, by `kind`: the manager
// lives on globalThis and may have been created by another route bundle, whose copies of these
// classes fail `instanceof` here.
import type { InputIssue } from "@throtl/db";

/** 400: the body does not describe a run (issues name the fields). */
export class InvalidRunRequestError extends Error {
  override readonly name = "InvalidRunRequestError";
  readonly kind = "invalid_run_request" as const;
  constructor(message: string, readonly issues: readonly InputIssue[]) {
    super(message);
  }
}

/** 404 */
export class RunNotFoundError extends Error {
  override readonly name = "RunNotFoundError";
  readonly kind = "run_not_found" as const;
  constructor(readonly id: string) {
    super(`No load run with id ${JSON.stringify(id)} (the panel keeps the most recent runs in memory only)`);
  }
}

/** 409: a run is already active on the endpoint, or the run is not in a state for the operation. */
export class RunConflictError extends Error {
  override readonly name = "RunConflictError";
  readonly kind = "run_conflict" as const;
  constructor(message: string, readonly runId?: string) {
    super(message);
  }
}

/** 502: the configured endpoint cannot be used (unreachable, no models); nothing was sent. */
export class EndpointUnavailableError extends Error {
  override readonly name = "EndpointUnavailableError";
  readonly kind = "endpoint_unavailable" as const;
}

export type LoadRunError = InvalidRunRequestError | RunNotFoundError | RunConflictError | EndpointUnavailableError;
const KINDS = new Set<string>(["invalid_run_request", "run_not_found", "run_conflict", "endpoint_unavailable"]);

/** A run-manager error from any bundle's copy of this module. */
export function asLoadRunError(e: unknown): LoadRunError | undefined {
  const kind = e instanceof Error ? (e as { kind?: unknown }).kind : undefined;
  return typeof kind === "string" && KINDS.has(kind) ? (e as LoadRunError) : undefined;
}

// What GET /api/load-runs[/id] answers for one run. In JSON a NaN (no value) is null.
import type { RunSpec, RunSummary } from "@throtl/loadgen";
import type { LoadProgress } from "./progress.ts";
import type { RunRequest } from "./run-request.ts";

export const RUN_STATUSES = ["starting", "running", "finished", "cancelled", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface LoadRunView {
  readonly id: string;
  readonly endpoint: string;
  readonly status: RunStatus;
  /** ISO times. */
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly request: RunRequest;
  /** The load generator's spec (replayable with `npm run load -- --replay`); null before it is resolved. */
  readonly spec: RunSpec | null;
  readonly progress: LoadProgress | null;
  /** The load generator's summary (SLO attainment and goodput included); partial when cancelled. */
  readonly summary: RunSummary | null;
  readonly error: string | null;
}

export const isActive = (s: RunStatus) => s === "starting" || s === "running";

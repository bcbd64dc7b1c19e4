// Typed URL state of the fleet page: range, sort column and direction, text and state filters.
import { z } from "zod";
import { FLEET_COLUMN_IDS } from "./fleet-columns.ts";
import type { HealthTone } from "./insights-view.ts";
import { RANGE_IDS, type RangeId } from "./url-state-schema.ts";
import { field, type Parsed, type SearchParams } from "./url-state.ts";

export const FLEET_SORT_IDS = ["state", "instance", ...FLEET_COLUMN_IDS] as const;
export type FleetSort = (typeof FLEET_SORT_IDS)[number];
export const TONE_FILTERS = ["all", "bad", "warn", "unknown", "good"] as const;
export type ToneFilter = (typeof TONE_FILTERS)[number];

export interface FleetState {
  readonly range: RangeId;
  readonly sort: FleetSort;
  readonly dir: "asc" | "desc";
  /** Case-insensitive substring of the instance or its state. */
  readonly q: string;
  readonly tone: ToneFilter;
}

export const FLEET_DEFAULTS: Omit<FleetState, "range"> = { sort: "state", dir: "asc", q: "", tone: "all" };

export function parseFleetState(params: SearchParams, defaultRange: RangeId): Parsed<FleetState> {
  const notices: string[] = [];
  const d = FLEET_DEFAULTS;
  const state: FleetState = {
    range: field(params, "range", z.enum(RANGE_IDS), defaultRange, notices, `range must be one of ${RANGE_IDS.join(", ")}`),
    sort: field(params, "sort", z.enum(FLEET_SORT_IDS), d.sort, notices, "unknown column"),
    dir: field(params, "dir", z.enum(["asc", "desc"]), d.dir, notices, "dir must be asc or desc"),
    q: field(params, "q", z.string().max(100), d.q, notices, "filter longer than 100 characters"),
    tone: field(params, "tone", z.enum(TONE_FILTERS), d.tone, notices, `state filter must be one of ${TONE_FILTERS.join(", ")}`),
  };
  return { state, notices };
}

export function fleetQuery(state: FleetState, defaultRange: RangeId, patch: Partial<FleetState> = {}): string {
  const s = { ...state, ...patch };
  const q = new URLSearchParams();
  if (s.range !== defaultRange) q.set("range", s.range);
  if (s.sort !== FLEET_DEFAULTS.sort) q.set("sort", s.sort);
  if (s.dir !== FLEET_DEFAULTS.dir) q.set("dir", s.dir);
  if (s.q !== "") q.set("q", s.q);
  if (s.tone !== "all") q.set("tone", s.tone);
  const text = q.toString();
  return text === "" ? "" : `?${text}`;
}

/** Worst first when sorting by state ascending. */
export const TONE_RANK: Readonly<Record<HealthTone, number>> = { bad: 0, warn: 1, unknown: 2, good: 3 };

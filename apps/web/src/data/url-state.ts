// Typed URL state for the overview and fleet pages. Parsing never throws: an invalid value falls back
// to the default and leaves a notice the page shows, so a hand-edited URL cannot crash a page.
import { z } from "zod";
import { RANGE_IDS, type RangeId, REFRESH_IDS, type RefreshId } from "./url-state-schema.ts";

export type SearchParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface OverviewState {
  readonly range: RangeId;
  readonly refresh: RefreshId;
  /** undefined: all models / all instances. */
  readonly model: string | undefined;
  readonly instance: string | undefined;
}

export interface Parsed<T> {
  readonly state: T;
  readonly notices: readonly string[];
}

export interface Defaults {
  readonly range: RangeId;
  readonly refresh: RefreshId;
}

// Model names carry slashes, dots and colons (meta-llama/Llama-3.1-8B-Instruct); instances are host:port.
const labelValue = z.string().min(1).max(256).regex(/^[\w.:/@+-]+$/, "unexpected characters");

/** The first value of a repeated parameter; "" counts as absent. */
export function first(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s !== "" ? s : undefined;
}

/** One parameter against a schema: its value, or the fallback plus a notice naming what was wrong. */
export function field<T>(params: SearchParams, key: string, schema: z.ZodType<T>, fallback: T, notices: string[], describe: string): T {
  const raw = first(params, key);
  if (raw === undefined) return fallback;
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  notices.push(`Ignored ${key}=${JSON.stringify(raw.slice(0, 80))}: ${describe}; showing ${fallback === undefined ? "all" : String(fallback)}.`);
  return fallback;
}

export function parseOverviewState(params: SearchParams, defaults: Defaults): Parsed<OverviewState> {
  const notices: string[] = [];
  const state: OverviewState = {
    range: field(params, "range", z.enum(RANGE_IDS), defaults.range, notices, `range must be one of ${RANGE_IDS.join(", ")}`),
    refresh: field(params, "refresh", z.enum(REFRESH_IDS), defaults.refresh, notices, `refresh must be one of ${REFRESH_IDS.join(", ")}`),
    model: field<string | undefined>(params, "model", labelValue, undefined, notices, "not a model name"),
    instance: field<string | undefined>(params, "instance", labelValue, undefined, notices, "not an instance (host:port)"),
  };
  return { state, notices };
}

/** The query string for a state, leaving out values equal to the defaults (short, shareable URLs). */
export function overviewQuery(state: OverviewState, defaults: Defaults, patch: Partial<OverviewState> = {}): string {
  const s = { ...state, ...patch };
  const q = new URLSearchParams();
  if (s.range !== defaults.range) q.set("range", s.range);
  if (s.refresh !== defaults.refresh) q.set("refresh", s.refresh);
  if (s.model !== undefined) q.set("model", s.model);
  if (s.instance !== undefined) q.set("instance", s.instance);
  const text = q.toString();
  return text === "" ? "" : `?${text}`;
}

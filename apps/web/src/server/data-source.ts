// The seam between loaders and where numbers come from. Both modes answer the same catalog questions
// (a SignalQuery in a Scope); loaders never see PromQL or scrapes.
import type { Grid } from "@throtl/prom";
import type { EngineFlavor, HistogramId, HistogramWindowValue, Scope, SignalQuery, TokenLengthQuery } from "@throtl/signals";
import type { Outcome } from "../data/outcome.ts";

export type { Outcome };

/** One value per group: "" is the whole scope (by: "total"), else the instance or model label value. */
export interface GroupValue {
  readonly group: string;
  readonly value: number;
}

/** One group's histogram increase over a window, in seconds (latency) or tokens (token lengths). */
export interface GroupHistogram {
  readonly group: string;
  readonly histogram: HistogramWindowValue;
}

export interface GroupLine {
  readonly group: string;
  /** One slot per grid point; null is a gap (no data), never 0. */
  readonly values: readonly (number | null)[];
}

export interface InstantRequest {
  readonly scope: Scope;
  /** Rate window ending at `atMs`, in seconds. */
  readonly windowSeconds: number;
  readonly atMs: number;
}

export interface RangeRequest {
  readonly scope: Scope;
  readonly grid: Grid;
  /** Rate window of each grid point, in seconds. */
  readonly windowSeconds: number;
}

export type SourceMode = "prometheus" | "direct";

/** Whether the engines answer their scrapes, and when the newest scrape was. */
export interface TargetsStatus {
  /** Any matching engine target up; null when there is no target to judge by. */
  readonly up: boolean | null;
  readonly lastScrapeMs: number | null;
  /** Every engine target, for the fleet page. */
  readonly targets: readonly TargetState[];
}

export interface TargetState {
  /** The `instance` label its series carry. */
  readonly instance: string;
  /** host:port actually scraped (differs from instance for a relabelled DCGM exporter). */
  readonly address: string;
  /** Prometheus job; "" in direct mode. */
  readonly job: string;
  readonly up: boolean;
  readonly lastScrapeMs: number | null;
  readonly error: string | null;
}

const UNAVAILABLE = Symbol.for("throtl.web.SourceUnavailableError");

/** The source as a whole could not answer (Prometheus down, every target unreachable). */
export class SourceUnavailableError extends Error {
  override readonly name = "SourceUnavailableError";
  readonly [UNAVAILABLE] = true;
  readonly mode: SourceMode;
  constructor(mode: SourceMode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.mode = mode;
  }
}

/**
 * Next bundles pages and route handlers separately, each with its own copy of this class, while the
 * data source is one per process: recognise the error by a registered symbol, not `instanceof`.
 */
export function isSourceUnavailable(e: unknown): e is SourceUnavailableError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[UNAVAILABLE] === true;
}

export interface DataSource {
  readonly mode: SourceMode;
  readonly flavor: EngineFlavor;
  /** Where the data comes from, for the page footer ("Prometheus at …", "scraping 3 targets"). */
  readonly description: string;
  /** Results in the order of `queries`. Throws SourceUnavailableError when nothing could be asked. */
  instant(queries: readonly SignalQuery[], request: InstantRequest): Promise<Outcome<readonly GroupValue[]>[]>;
  range(queries: readonly SignalQuery[], request: RangeRequest): Promise<Outcome<readonly GroupLine[]>[]>;
  /** Scrape health of the engine targets with these instances (all engine targets when empty). */
  targets(instances: readonly string[]): Promise<TargetsStatus>;
  /** Labels of the info series in `scope` at `atMs` (the engine's config info, one GPU series per GPU). */
  info(scope: Scope, atMs: number): Promise<InfoLabels>;
  /** Token-length statistics (tokens per finished request) over the window, in the order of `queries`. */
  tokenLengths(queries: readonly TokenLengthQuery[], request: InstantRequest): Promise<Outcome<readonly GroupValue[]>[]>;
  /** Per instance, the flavor's start marker at `atMs` (START_MARKERS): a restart changes or lowers it. */
  startMarkers(atMs: number): Promise<Outcome<readonly GroupValue[]>>;
  /** Raw histogram increases over the window ending at `atMs` (latency signals, token lengths), in the order of `ids`. */
  histograms(ids: readonly HistogramId[], request: InstantRequest): Promise<Outcome<readonly GroupHistogram[]>[]>;
}

/** Each series' labels; empty where the backend exports no such family or nothing matched. */
export interface InfoLabels {
  readonly engine: readonly Readonly<Record<string, string>>[];
  readonly gpu: readonly Readonly<Record<string, string>>[];
}

// The IO of a capture: every question a snapshot needs, asked of the data source at the window's
// end, in parallel; capture-assemble.ts turns the answers into the snapshot.
import type { SnapshotInput } from "@throtl/compare";
import { LATENCY_SIGNAL_IDS, type Scope } from "@throtl/signals";
import { groupNames } from "../overview/answers.ts";
import type { DataSource, InstantRequest } from "../data-source.ts";
import { loadTokenLengths } from "../token-lengths.ts";
import { assembleSnapshot, type CaptureMeta, SIGNAL_QUERIES, type SloThresholds, sloQueries } from "./capture-assemble.ts";

export interface CaptureRequest {
  readonly name: string;
  readonly notes?: string;
  readonly tags?: readonly string[];
  readonly model?: string | null;
  readonly instance?: string | null;
  /** Window end (ms); default now. */
  readonly endMs?: number;
  readonly windowSeconds: number;
  readonly engineConfig?: CaptureMeta["userConfig"];
  readonly loadRun?: CaptureMeta["loadRun"];
}

export interface CaptureDeps {
  readonly source: DataSource;
  readonly now: () => number;
  /** The panel's SLO thresholds (environment or Settings). */
  readonly slo: SloThresholds;
}

/** The scope has no data in the window: nothing worth storing. */
export class NoDataError extends Error {
  override readonly name = "NoDataError";
}

// Whatever an engine exports, one of these has a series while it is up.
const PRESENCE = [{ signal: "running" }, { signal: "request_rate" }] as const;

export async function captureSnapshot(deps: CaptureDeps, r: CaptureRequest): Promise<SnapshotInput> {
  const endMs = Math.floor((r.endMs ?? deps.now()) / 1000) * 1000;
  const model = r.model ?? null;
  const instance = r.instance ?? null;
  const scope: Scope = { by: "total", ...(model !== null ? { model } : {}), ...(instance !== null ? { instance } : {}) };
  const request: InstantRequest = { scope, windowSeconds: r.windowSeconds, atMs: endMs };
  const slos = sloQueries(deps.slo);
  const [presence, signals, sloAnswers, histograms, tokens, info] = await Promise.all([
    deps.source.instant(PRESENCE, { ...request, scope: { ...scope, by: "instance" } }),
    deps.source.instant(SIGNAL_QUERIES, request),
    deps.source.instant(slos, request),
    deps.source.histograms(LATENCY_SIGNAL_IDS, request),
    loadTokenLengths(deps.source, request),
    deps.source.info(scope, endMs),
  ]);
  const instances = groupNames(presence);
  if (instances.length === 0) {
    const what = [model !== null ? `model ${JSON.stringify(model)}` : "", instance !== null ? `instance ${JSON.stringify(instance)}` : ""].filter(Boolean).join(" on ") || "any engine";
    throw new NoDataError(`No data for ${what} in the ${r.windowSeconds} s ending ${new Date(endMs).toISOString()}: nothing to snapshot.`);
  }
  const meta: CaptureMeta = {
    name: r.name, model, instance, startMs: endMs - r.windowSeconds * 1000, endMs, flavor: deps.source.flavor, slo: deps.slo,
    ...(r.notes !== undefined ? { notes: r.notes } : {}), ...(r.tags !== undefined ? { tags: r.tags } : {}),
    ...(r.engineConfig !== undefined ? { userConfig: r.engineConfig } : {}), ...(r.loadRun !== undefined ? { loadRun: r.loadRun } : {}),
  };
  return assembleSnapshot(meta, { signals, slos: sloAnswers, histograms, tokens, info, instances });
}

// Capture a snapshot of live data and store it in one transaction, with the panel's current settings
// (SLO thresholds, catalog params). The route and the auto-capture watcher both come through here.
import { createSnapshot, type Db } from "@throtl/db";
import type { Snapshot } from "@throtl/compare";
import { catalogParams } from "../../data/settings.ts";
import type { DataSource } from "../data-source.ts";
import { currentSettings } from "../settings/current-settings.ts";
import { getSource } from "../source.ts";
import { captureSnapshot, type CaptureRequest } from "./capture-load.ts";

export interface TakeDeps {
  readonly db: Db;
  /** Default: the process's source with the current settings' params. */
  readonly source?: DataSource;
  readonly now?: () => number;
}

export async function takeSnapshot(deps: TakeDeps, request: CaptureRequest): Promise<Snapshot> {
  const s = (await currentSettings()).effective.values;
  const source = deps.source ?? getSource(catalogParams(s));
  const input = await captureSnapshot({ source, now: deps.now ?? Date.now, slo: { ttftSeconds: s.ttftP95Seconds, itlSeconds: s.itlP95Seconds } }, request);
  return createSnapshot(deps.db, input);
}

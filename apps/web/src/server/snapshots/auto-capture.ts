// The auto-capture watcher (thin IO around change-detect.ts): polls the info series and start markers
// per instance; on a config change or restart it stores a "before" snapshot at once and, a window
// later, an "after" one, tagged as a pair, and saves their comparison.
import { createComparison, type Db } from "@throtl/db";
import { START_MARKERS } from "@throtl/signals";
import type { DataSource } from "../data-source.ts";
import { type Action, emptyWatchState, type InstanceObservation, step, type WatchState } from "./change-detect.ts";
import type { CaptureRequest } from "./capture-load.ts";

export interface AutoCaptureOptions {
  readonly source: () => DataSource;
  readonly db: () => Db;
  /** Stores one snapshot (takeSnapshot with the panel's settings); returns its id. */
  readonly take: (db: Db, request: CaptureRequest) => Promise<{ id: string }>;
  readonly windowSeconds: number;
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly log?: (message: string) => void;
  /** Called once a pair and its comparison are stored. */
  readonly onPair?: (pair: { readonly changeId: string; readonly beforeId: string; readonly afterId: string; readonly comparisonId: string }) => void;
}

export interface AutoCapture {
  /** One poll and whatever it triggers; resolves when done (tests drive it directly). */
  tick(): Promise<void>;
  start(): void;
  stop(): void;
}

export function createAutoCapture(o: AutoCaptureOptions): AutoCapture {
  const now = o.now ?? Date.now;
  const log = o.log ?? ((m: string) => console.info(`[throtl] auto-snapshot: ${m}`));
  let state: WatchState = emptyWatchState();
  const beforeIds = new Map<string, string>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  let lastPollError: string | undefined;

  async function observe(source: DataSource, atMs: number): Promise<InstanceObservation[]> {
    const [info, markers] = await Promise.all([source.info({ by: "total" }, atMs), source.startMarkers(atMs)]);
    const byInstance = new Map<string, InstanceObservation>();
    const get = (instance: string) => byInstance.get(instance) ?? byInstance.set(instance, { instance, config: [], marker: null }).get(instance)!;
    for (const labels of info.engine) if (labels.instance) { const x = get(labels.instance); byInstance.set(x.instance, { ...x, config: [...x.config, labels] }); }
    if (markers.kind === "ok") for (const m of markers.data) if (m.group) byInstance.set(m.group, { ...get(m.group), marker: m.value });
    return [...byInstance.values()];
  }

  async function act(a: Action): Promise<void> {
    const c = a.change;
    const request: CaptureRequest = {
      name: `auto ${a.kind}: ${c.reason} on ${c.instance}`, notes: `Taken automatically: ${c.reason} detected on ${c.instance} at ${new Date(c.detectedMs).toISOString()}.`,
      tags: ["auto", a.kind, `change:${c.id}`], instance: c.instance, model: null, windowSeconds: o.windowSeconds,
      endMs: a.kind === "before" ? c.beforeEndMs : c.afterEndMs,
    };
    const db = o.db();
    const { id } = await o.take(db, request);
    if (a.kind === "before") return void beforeIds.set(c.id, id);
    const baseId = beforeIds.get(c.id);
    beforeIds.delete(c.id);
    if (baseId === undefined) return log(`after snapshot ${id} for change:${c.id} has no before snapshot: no comparison`);
    const comparison = await createComparison(db, { baseId, candidateId: id, name: `auto: ${c.reason} on ${c.instance}` });
    log(`stored the before/after pair change:${c.id} (${c.reason} on ${c.instance}), comparison ${comparison.id}`);
    o.onPair?.({ changeId: c.id, beforeId: baseId, afterId: id, comparisonId: comparison.id });
  }

  async function tick(): Promise<void> {
    const source = o.source();
    const atMs = now();
    let actions: Action[];
    try {
      const r = step(state, await observe(source, atMs), atMs, o.windowSeconds, START_MARKERS[source.flavor].kind);
      state = r.state;
      actions = r.actions;
    } catch (e) {
      // Said once per distinct failure: a backend that stays down should not fill the log every poll.
      const message = `poll failed: ${e instanceof Error ? e.message : String(e)}`;
      if (message !== lastPollError) log(message);
      lastPollError = message;
      return;
    }
    lastPollError = undefined;
    // One at a time: a failed snapshot (no data, database down) loses that snapshot, not the watcher.
    for (const a of actions) {
      try {
        await act(a);
      } catch (e) {
        log(`${a.kind} snapshot for change:${a.change.id} not stored: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  return {
    tick: () => (running ??= tick().finally(() => { running = undefined; })),
    start() {
      if (timer) return;
      timer = setInterval(() => void (running ??= tick().finally(() => { running = undefined; })), o.intervalMs);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

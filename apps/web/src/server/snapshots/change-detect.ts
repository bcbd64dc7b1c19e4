// Pure: when an engine's config (cache_config_info labels) changes or it restarts, plan a "before"
// snapshot (window ending at the last poll that saw the old engine) and an "after" one a full window
// later. The watcher (auto-capture.ts) polls, feeds observations here and carries out the actions.

/** One poll's view of one instance. */
export interface InstanceObservation {
  readonly instance: string;
  /** cache_config_info labels per engine series; empty: the backend exports none. */
  readonly config: readonly Readonly<Record<string, string>>[];
  /** The start marker (START_MARKERS); null: not seen this poll. */
  readonly marker: number | null;
}

export interface Seen {
  readonly config: Readonly<Record<string, string>>;
  readonly marker: number | null;
  readonly lastSeenMs: number;
}

export interface Change {
  /** Short id shared by the pair's tag (`change:<id>`). */
  readonly id: string;
  readonly instance: string;
  /** "restart", or the changed labels: "gpu_memory_utilization 0.5 → 0.9". */
  readonly reason: string;
  readonly beforeEndMs: number;
  readonly detectedMs: number;
  /** When the "after" window (starting at detection) is complete. */
  readonly afterEndMs: number;
}

export interface WatchState {
  readonly seen: ReadonlyMap<string, Seen>;
  readonly pending: readonly Change[];
}

export type Action = { readonly kind: "before" | "after"; readonly change: Change };

export const emptyWatchState = (): WatchState => ({ seen: new Map(), pending: [] });

/** Labels that name the series, not the config. */
const IDENTITY = new Set(["__name__", "instance", "job", "engine", "model_name", "model"]);

/** The config of an instance: labels shared by its engine series (the first engine by id wins a disagreement). */
export function configOf(series: InstanceObservation["config"]): Record<string, string> {
  const sorted = [...series].sort((a, b) => (a.engine ?? "").localeCompare(b.engine ?? ""));
  const out: Record<string, string> = {};
  for (const s of sorted.reverse()) for (const [k, v] of Object.entries(s)) if (!IDENTITY.has(k)) out[k] = v;
  return out;
}

function describeChange(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): string | null {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const diffs = keys.filter((k) => a[k] !== b[k]).map((k) => `${k} ${a[k] ?? "(unset)"} → ${b[k] ?? "(unset)"}`);
  return diffs.length === 0 ? null : diffs.join(", ");
}

/** `created` markers change on a restart; a counter total goes down. */
function restarted(kind: "created" | "counter", before: number | null, now: number | null): boolean {
  if (before === null || now === null) return false;
  return kind === "created" ? now !== before : now < before;
}

const shortId = (instance: string, ms: number): string => {
  let h = 0;
  for (const c of `${instance}@${ms}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h.toString(36).padStart(7, "0").slice(0, 7);
};

/**
 * One poll at `nowMs`. An instance seen for the first time is only remembered; one missing from the
 * poll keeps its last view (a restart usually shows as a gap). A new change on an instance with a
 * pending "after" drops that pending one: its window would straddle the second change.
 */
export function step(state: WatchState, observations: readonly InstanceObservation[], nowMs: number, windowSeconds: number, markerKind: "created" | "counter"): { state: WatchState; actions: Action[] } {
  const seen = new Map(state.seen);
  let pending = [...state.pending];
  const actions: Action[] = [];
  for (const o of observations) {
    const config = configOf(o.config);
    const prev = seen.get(o.instance);
    seen.set(o.instance, { config, marker: o.marker ?? prev?.marker ?? null, lastSeenMs: nowMs });
    if (!prev) continue;
    const configChange = o.config.length > 0 && Object.keys(prev.config).length > 0 ? describeChange(prev.config, config) : null;
    const reason = configChange ?? (restarted(markerKind, prev.marker, o.marker) ? "restart" : null);
    if (reason === null) continue;
    const change: Change = { id: shortId(o.instance, nowMs), instance: o.instance, reason, beforeEndMs: prev.lastSeenMs, detectedMs: nowMs, afterEndMs: nowMs + windowSeconds * 1000 };
    pending = pending.filter((p) => p.instance !== o.instance);
    pending.push(change);
    actions.push({ kind: "before", change });
  }
  const due = pending.filter((p) => p.afterEndMs <= nowMs);
  for (const change of due) actions.push({ kind: "after", change });
  return { state: { seen, pending: pending.filter((p) => p.afterEndMs > nowMs) }, actions };
}

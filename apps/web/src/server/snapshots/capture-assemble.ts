// Pure: the answers a capture gathered (capture-load.ts) → a SnapshotInput. Gaps stay null, a
// signal the backend lacks keeps its reason, and nothing here reads a clock or the source.
import type { EngineConfigField, SignalStat, SnapshotInput, TokenSummary } from "@throtl/compare";
import { type EngineFlavor, LATENCY_STATS, LATENCY_SIGNAL_IDS, SIGNAL_IDS, SIGNALS, type SignalId, type SignalQuery } from "@throtl/signals";
import type { GroupHistogram, GroupValue, InfoLabels, Outcome } from "../data-source.ts";
import type { TokenLengths, TokenStats } from "../token-lengths.ts";

export interface SloThresholds {
  readonly ttftSeconds: number;
  readonly itlSeconds: number;
}

/** Every catalog signal: "value" for single values, each latency statistic for histogram signals. */
export const SIGNAL_QUERIES: readonly (SignalQuery & { readonly snapshotStat: SignalStat })[] = SIGNAL_IDS.flatMap((signal): (SignalQuery & { snapshotStat: SignalStat })[] =>
  SIGNALS[signal].shape === "latency" ? LATENCY_STATS.map((stat) => ({ signal, stat, snapshotStat: stat })) : [{ signal, snapshotStat: "value" }]);

export const sloQueries = (slo: SloThresholds): { signal: SignalId; sloSeconds: number }[] =>
  [{ signal: "ttft", sloSeconds: slo.ttftSeconds }, { signal: "itl", sloSeconds: slo.itlSeconds }];

/** cache_config_info labels that say where a series comes from, not how the engine is configured. */
const NOT_CONFIG = new Set(["__name__", "instance", "job", "engine", "model_name", "model"]);

export interface CaptureMeta {
  readonly name: string;
  readonly notes?: string;
  readonly tags?: readonly string[];
  readonly model: string | null;
  readonly instance: string | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly flavor: EngineFlavor;
  readonly slo: SloThresholds;
  readonly userConfig?: readonly { readonly flag: string; readonly value: string | number | boolean | null }[];
  readonly loadRun?: SnapshotInput["workload"]["loadRun"];
}

export interface CaptureAnswers {
  /** In the order of SIGNAL_QUERIES. */
  readonly signals: readonly Outcome<readonly GroupValue[]>[];
  /** In the order of sloQueries(meta.slo). */
  readonly slos: readonly Outcome<readonly GroupValue[]>[];
  /** In the order of LATENCY_SIGNAL_IDS. */
  readonly histograms: readonly Outcome<readonly GroupHistogram[]>[];
  readonly tokens: TokenLengths;
  readonly info: InfoLabels;
  /** Instances with data for the scope in the window (sorted). */
  readonly instances: readonly string[];
}

/** The total scope has one group at most; none (or NaN) is no data. */
const total = (o: Outcome<readonly GroupValue[]>): number | null => {
  const v = o.kind === "ok" ? o.data.find((g) => g.group === "")?.value : undefined;
  return v === undefined || !Number.isFinite(v) ? null : v;
};

function tokenSummary(t: TokenStats): TokenSummary | null {
  if ("unsupported" in t || t.mean === null) return null;
  return { mean: t.mean, p50: t.p50, p90: t.p90, p99: t.p99, max: null };
}

/** The first engine series' labels (sorted by instance and engine, so the choice is stable). */
export function configFromLabels(engine: InfoLabels["engine"]): EngineConfigField[] {
  const first = [...engine].sort((a, b) => `${a.instance ?? ""}/${a.engine ?? ""}`.localeCompare(`${b.instance ?? ""}/${b.engine ?? ""}`))[0];
  if (!first) return [];
  return Object.entries(first).filter(([k]) => !NOT_CONFIG.has(k)).sort(([a], [b]) => a.localeCompare(b))
    .map(([flag, value]) => ({ flag, value, origin: "cache_config_info" as const }));
}

export function assembleSnapshot(meta: CaptureMeta, a: CaptureAnswers): SnapshotInput {
  const signals = SIGNAL_QUERIES.map((q, i) => {
    const o = a.signals[i]!;
    const unsupported = o.kind === "unsupported" ? o.reason : null;
    return { signal: q.signal, stat: q.snapshotStat, value: unsupported === null ? total(o) : null, unsupported };
  });
  const histograms = LATENCY_SIGNAL_IDS.flatMap((signal, i) => {
    const o = a.histograms[i];
    const h = o?.kind === "ok" ? o.data.find((g) => g.group === "")?.histogram : undefined;
    return h && h.buckets.length > 0 ? [{ signal, buckets: h.buckets.map((b) => ({ le: b.le, count: Math.max(0, b.count) })), count: Math.max(0, h.count), sum: h.sum }] : [];
  });
  const slos = sloQueries(meta.slo).flatMap((q, i) => {
    const o = a.slos[i]!;
    if (o.kind === "unsupported") return [];
    const v = total(o);
    // A share from extrapolated rates can overshoot 1 by a rounding error.
    return [{ signal: q.signal, thresholdSeconds: q.sloSeconds, attainment: v === null ? null : Math.min(1, Math.max(0, v)) }];
  });
  const requestRate = signals.find((s) => s.signal === "request_rate")?.value ?? null;
  return {
    name: meta.name,
    notes: meta.notes ?? "",
    tags: [...(meta.tags ?? [])],
    scope: { model: meta.model, instances: meta.instance !== null ? [meta.instance] : [...a.instances] },
    window: { start: new Date(meta.startMs), end: new Date(meta.endMs) },
    // No backend exports its version in a series the catalog reads.
    backend: { flavor: meta.flavor, version: null },
    engineConfig: [...configFromLabels(a.info.engine), ...(meta.userConfig ?? []).map((f) => ({ flag: f.flag, value: f.value, origin: "user" as const }))],
    workload: {
      requestRate,
      promptTokens: tokenSummary(a.tokens.prompt),
      outputTokens: tokenSummary(a.tokens.output),
      loadRun: meta.loadRun ?? null,
    },
    signals,
    histograms,
    slos,
  };
}

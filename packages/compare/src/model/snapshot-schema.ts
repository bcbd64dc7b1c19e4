// The snapshot model, as zod schemas: the one definition that creation (packages/db), JSON import
// and comparison agree on. A snapshot freezes one serving configuration's performance over a window.
import { ENGINE_FLAVORS, SIGNAL_IDS, SIGNALS, type LatencyStat, type SignalId } from "@throtl/signals";
import { z } from "zod";
import { normalizeFlag } from "./flags.ts";

export const SIGNAL_STATS = ["value", "p50", "p90", "p95", "p99", "mean"] as const;
/** "value" for single-value signals; a latency statistic for histogram signals. */
export type SignalStat = (typeof SIGNAL_STATS)[number];
const _statsCoverLatency: Exclude<SignalStat, "value"> extends LatencyStat ? (LatencyStat extends SignalStat ? true : never) : never = true;
void _statsCoverLatency;

export const CONFIG_ORIGINS = ["cache_config_info", "launch_args", "user"] as const;
/** Where a setting came from; the engine's own report wins over launch args, which win over the user. */
export type ConfigOrigin = (typeof CONFIG_ORIGINS)[number];

/** A point in time: a Date in memory, an ISO 8601 string with offset in files. */
const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]);
const signalId = z.enum(SIGNAL_IDS);
const latencySignal = signalId.refine((id) => SIGNALS[id].shape === "latency", { error: "not a latency (histogram) signal" });
const count = z.number().nonnegative();

export const configFieldSchema = z.object({
  flag: z.string().trim().min(1).transform(normalizeFlag),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  origin: z.enum(CONFIG_ORIGINS),
});

/** Summary of a token-length distribution over the window's requests. */
export const tokenSummarySchema = z.object({
  mean: count,
  p50: count.nullable().default(null),
  p90: count.nullable().default(null),
  p99: count.nullable().default(null),
  max: count.nullable().default(null),
});

export const workloadSchema = z.object({
  /** Finished requests per second over the window. */
  requestRate: count.nullable(),
  promptTokens: tokenSummarySchema.nullable().default(null),
  outputTokens: tokenSummarySchema.nullable().default(null),
  /** The load generator's run spec, when the window was a load run (free-form JSON). */
  loadRun: z.json().nullable().default(null),
});

export const signalValueSchema = z
  .object({
    signal: signalId,
    stat: z.enum(SIGNAL_STATS),
    /** null: no data in the window or not supported; a gap is never 0. */
    value: z.number().nullable(),
    /** Why the backend does not export this signal; null when it does. */
    unsupported: z.string().trim().min(1).nullable().default(null),
    /** Spread of a gauge's samples over the window, when recorded; gives comparisons an interval. */
    spread: z.object({ samples: z.int().positive(), stddev: z.number().nonnegative() }).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const latency = SIGNALS[v.signal].shape === "latency";
    if (latency === (v.stat === "value")) {
      ctx.addIssue({ code: "custom", path: ["stat"], message: latency ? `${v.signal} is a latency signal: stat must be p50, p90, p95, p99 or mean` : `${v.signal} has one value: stat must be "value"` });
    }
    if (v.unsupported !== null && v.value !== null) ctx.addIssue({ code: "custom", path: ["value"], message: "an unsupported signal has no value (null)" });
  });

/**
 * A latency histogram's increase over the window, as Prometheus buckets: cumulative counts per
 * finite upper bound `le` (seconds, ascending), plus the total (+Inf bucket) and the sum.
 */
export const histogramSchema = z
  .object({
    signal: latencySignal,
    buckets: z.array(z.object({ le: z.number(), count })).min(1),
    count,
    sum: z.number().nullable().default(null),
  })
  .superRefine((h, ctx) => {
    h.buckets.forEach((b, i) => {
      const prev = h.buckets[i - 1];
      if (prev && !(b.le > prev.le)) ctx.addIssue({ code: "custom", path: ["buckets", i, "le"], message: `bounds must increase (${prev.le} then ${b.le})` });
    });
  });

export const sloSchema = z.object({
  signal: latencySignal,
  thresholdSeconds: z.number().positive(),
  /** Share of requests at or under the threshold (0–1); null when the window had none. */
  attainment: z.number().min(0).max(1).nullable(),
});

function unique<T>(items: readonly T[], key: (t: T) => string, ctx: z.RefinementCtx, path: string, what: (t: T) => string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: [path, i], message: `duplicate ${what(item)}` });
    seen.add(k);
  });
}

const snapshotShape = {
  name: z.string().trim().min(1).max(200),
  notes: z.string().max(10_000).default(""),
  tags: z.array(z.string().trim().min(1).max(64)).max(32).default([]).transform((t) => [...new Set(t)]),
  scope: z.object({ model: z.string().trim().min(1).nullable(), instances: z.array(z.string().trim().min(1)) }),
  window: z.object({ start: instant, end: instant }).refine((w) => w.end > w.start, { path: ["end"], error: "window end must be after its start" }),
  backend: z.object({ flavor: z.enum(ENGINE_FLAVORS), version: z.string().trim().min(1).nullable() }),
  engineConfig: z.array(configFieldSchema),
  workload: workloadSchema,
  signals: z.array(signalValueSchema),
  histograms: z.array(histogramSchema).default([]),
  slos: z.array(sloSchema).default([]),
};

function checkUnique(s: z.output<z.ZodObject<typeof snapshotShape>>, ctx: z.RefinementCtx): void {
  unique(s.signals, (v) => `${v.signal}/${v.stat}`, ctx, "signals", (v) => `value for ${v.signal} ${v.stat}`);
  unique(s.histograms, (h) => h.signal, ctx, "histograms", (h) => `histogram for ${h.signal}`);
  unique(s.slos, (o) => `${o.signal}/${o.thresholdSeconds}`, ctx, "slos", (o) => `SLO ${o.signal} ≤ ${o.thresholdSeconds} s`);
  unique(s.engineConfig, (f) => `${f.flag}/${f.origin}`, ctx, "engineConfig", (f) => `setting ${f.flag} from ${f.origin}`);
}

export const snapshotInputSchema = z.object(snapshotShape).superRefine(checkUnique);
/** A stored snapshot, as exported: the body plus its id and creation time. */
export const snapshotSchema = z.object({ id: z.uuid(), createdAt: instant, ...snapshotShape }).superRefine(checkUnique);

/** What a caller passes to create a snapshot (defaults optional, dates as Date or ISO strings). */
export type SnapshotInput = z.input<typeof snapshotInputSchema>;
/** A validated, normalized snapshot body. */
export type SnapshotData = z.output<typeof snapshotInputSchema>;
export type Snapshot = SnapshotData & { readonly id: string; readonly createdAt: Date };
/** What lists show: everything but the measurements. */
export type SnapshotSummary = Pick<Snapshot, "id" | "name" | "notes" | "tags" | "scope" | "window" | "backend" | "createdAt">;

export type EngineConfigField = z.output<typeof configFieldSchema>;
export type TokenSummary = z.output<typeof tokenSummarySchema>;
export type Workload = z.output<typeof workloadSchema>;
export type SignalValue = z.output<typeof signalValueSchema>;
export type HistogramWindow = z.output<typeof histogramSchema>;
export type SloAttainment = z.output<typeof sloSchema>;
export type { SignalId };

/** A saved pair of snapshots (a shareable comparison URL). */
export interface ComparisonRecord {
  readonly id: string;
  readonly name: string | null;
  readonly baseId: string;
  readonly candidateId: string;
  readonly createdAt: Date;
}

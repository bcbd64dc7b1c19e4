// Prisma rows → domain snapshot, validated on the way out: JSON columns are only JSON to Postgres.
// Values of signals since removed from the catalog are left out (documented in docs/db.md).
import { SIGNAL_STATS, snapshotSchema, type Snapshot, type SnapshotSummary } from "@throtl/compare";
import { SIGNAL_IDS, type SignalId } from "@throtl/signals";
import type { Prisma } from "../../generated/prisma/client.ts";
import { validate } from "../errors.ts";

export const SNAPSHOT_INCLUDE = { signals: true, histograms: true, slos: true } satisfies Prisma.SnapshotInclude;
type FullRow = Prisma.SnapshotGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;
type SummaryRow = Prisma.SnapshotGetPayload<object>;

const known = new Set<string>(SIGNAL_IDS);
const isKnown = (r: { signal: string }): r is { signal: SignalId } & typeof r => known.has(r.signal);
// Rows come back in key order; return them in the catalog's order, as they were created.
const signalRank = (r: { signal: string }) => SIGNAL_IDS.indexOf(r.signal as SignalId);
const statRank = (stat: string) => SIGNAL_STATS.indexOf(stat as (typeof SIGNAL_STATS)[number]);

export function toSummary(r: SummaryRow): SnapshotSummary {
  return {
    id: r.id, name: r.name, notes: r.notes, tags: r.tags, createdAt: r.createdAt,
    scope: { model: r.model, instances: r.instances },
    window: { start: r.windowStart, end: r.windowEnd },
    backend: { flavor: r.backendFlavor as SnapshotSummary["backend"]["flavor"], version: r.backendVersion },
  };
}

export function toSnapshot(r: FullRow): Snapshot {
  const body = {
    ...toSummary(r),
    engineConfig: r.engineConfig,
    workload: { requestRate: r.requestRate, promptTokens: r.promptTokens, outputTokens: r.outputTokens, loadRun: r.loadRun },
    signals: r.signals.filter(isKnown).sort((a, b) => signalRank(a) - signalRank(b) || statRank(a.stat) - statRank(b.stat)).map((v) => ({
      signal: v.signal, stat: v.stat, value: v.value, unsupported: v.unsupportedReason,
      spread: v.sampleCount !== null && v.stddev !== null ? { samples: v.sampleCount, stddev: v.stddev } : null,
    })),
    histograms: r.histograms.filter(isKnown).sort((a, b) => signalRank(a) - signalRank(b)).map((h) => ({
      signal: h.signal, count: h.count, sum: h.sum, buckets: h.le.map((le, i) => ({ le, count: h.counts[i] })),
    })),
    slos: r.slos.filter(isKnown).sort((a, b) => signalRank(a) - signalRank(b) || a.thresholdSeconds - b.thresholdSeconds).map((o) => ({ signal: o.signal, thresholdSeconds: o.thresholdSeconds, attainment: o.attainment })),
  };
  return validate(snapshotSchema, body, `stored snapshot ${r.id}`);
}

// Domain snapshot → rows. Histograms store the finite bounds and cumulative counts as two parallel
// arrays; the +Inf bucket is `count`.
import type { SnapshotData } from "@throtl/compare";
import { Prisma } from "../../generated/prisma/client.ts";

const json = (v: unknown) => (v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue));

export function snapshotRow(s: SnapshotData): Prisma.SnapshotCreateInput {
  return {
    name: s.name,
    notes: s.notes,
    tags: s.tags,
    model: s.scope.model,
    instances: s.scope.instances,
    windowStart: s.window.start,
    windowEnd: s.window.end,
    backendFlavor: s.backend.flavor,
    backendVersion: s.backend.version,
    engineConfig: s.engineConfig as Prisma.InputJsonValue,
    requestRate: s.workload.requestRate,
    promptTokens: json(s.workload.promptTokens),
    outputTokens: json(s.workload.outputTokens),
    loadRun: json(s.workload.loadRun),
  };
}

export function childRows(snapshotId: string, s: SnapshotData) {
  return {
    signals: s.signals.map((v) => ({
      snapshotId, signal: v.signal, stat: v.stat, value: v.value, unsupportedReason: v.unsupported,
      sampleCount: v.spread?.samples ?? null, stddev: v.spread?.stddev ?? null,
    })),
    histograms: s.histograms.map((h) => ({ snapshotId, signal: h.signal, le: h.buckets.map((b) => b.le), counts: h.buckets.map((b) => b.count), count: h.count, sum: h.sum })),
    slos: s.slos.map((o) => ({ snapshotId, signal: o.signal, thresholdSeconds: o.thresholdSeconds, attainment: o.attainment })),
  };
}

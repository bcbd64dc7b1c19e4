// The JSON file formats for exported snapshots and comparisons. Versioned: a reader names the
// version it cannot read instead of half-understanding it.
import { z } from "zod";
import { snapshotSchema } from "../model/snapshot-schema.ts";

export const SNAPSHOT_FORMAT = "throtl.snapshot";
export const COMPARISON_FORMAT = "throtl.comparison";
/** Bump when a field changes meaning or becomes required; readers then migrate or refuse. */
export const FILE_VERSION = 1;

const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]);

export const snapshotFileSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: instant,
  snapshot: snapshotSchema,
});

export const comparisonFileSchema = z.object({
  format: z.literal(COMPARISON_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: instant,
  comparison: z.object({ id: z.uuid(), name: z.string().trim().min(1).max(200).nullable(), createdAt: instant }),
  base: snapshotSchema,
  candidate: snapshotSchema,
});

export type SnapshotFile = z.output<typeof snapshotFileSchema>;
export type ComparisonFile = z.output<typeof comparisonFileSchema>;

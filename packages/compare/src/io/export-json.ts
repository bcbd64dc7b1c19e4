// Snapshots and comparisons as JSON files (dates as ISO 8601 strings).
import type { ComparisonRecord, Snapshot } from "../model/snapshot-schema.ts";
import { COMPARISON_FORMAT, FILE_VERSION, SNAPSHOT_FORMAT, type ComparisonFile, type SnapshotFile } from "./file-schema.ts";

export function snapshotFile(snapshot: Snapshot, exportedAt = new Date()): SnapshotFile {
  return { format: SNAPSHOT_FORMAT, version: FILE_VERSION, exportedAt, snapshot };
}

export function comparisonFile(comparison: ComparisonRecord, base: Snapshot, candidate: Snapshot, exportedAt = new Date()): ComparisonFile {
  const { id, name, createdAt } = comparison;
  return { format: COMPARISON_FORMAT, version: FILE_VERSION, exportedAt, comparison: { id, name, createdAt }, base, candidate };
}

export function toJson(file: SnapshotFile | ComparisonFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

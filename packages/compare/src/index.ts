// @throtl/compare: the snapshot model, the comparison of two snapshots, and file import/export.
// Pure: no IO, no clock reads except export's default timestamp, no environment.
export * from "./model/snapshot-schema.ts";
export { canonicalValue, cliFlag, normalizeFlag } from "./model/flags.ts";
export { compareSnapshots, type CompareOptions, type SnapshotComparison } from "./compare/compare-snapshots.ts";
export type { SignalComparison } from "./compare/compare-signals.ts";
export type { Method } from "./compare/methods.ts";
export { DEFAULT_FLOORS, type Verdict, type VerdictFloors } from "./compare/verdict.ts";
export { diffConfig, effectiveConfig, type ConfigChange } from "./compare/config-diff.ts";
export { checkLikeForLike, WORKLOAD_TOLERANCE, type LikeForLikeWarning, type WorkloadField } from "./compare/workload-check.ts";
export { formatQuantity } from "./compare/format.ts";
export { bucketQuantile, shareAtOrBelow, toBuckets, type Buckets } from "./stats/histogram.ts";
export type { Interval } from "./stats/intervals.ts";
export { comparisonFileSchema, snapshotFileSchema, COMPARISON_FORMAT, SNAPSHOT_FORMAT, FILE_VERSION, type ComparisonFile, type SnapshotFile } from "./io/file-schema.ts";
export { comparisonFile, snapshotFile, toJson } from "./io/export-json.ts";
export { formatPath, ImportError, parseComparisonFile, parseSnapshotFile, type ImportIssue } from "./io/import-json.ts";
export { comparisonToCsv, snapshotToCsv } from "./io/csv.ts";

// A comparison of two snapshots, laid out for the compare pages: both headers, the verdict
// summary, the table rows, the config diff, like-for-like warnings and the overlay charts.
import type { LikeForLikeWarning, Snapshot, SnapshotComparison } from "@throtl/compare";
import { comparisonRows, type ComparisonRowView } from "./comparison-rows.ts";
import { configDiffLines, type ConfigDiffLine } from "./config-lines.ts";
import { overlayCharts, type OverlayChart } from "./overlay-series.ts";
import { snapshotHeader, type SnapshotHeader } from "./snapshot-view.ts";
import { verdictSummary } from "./verdict-view.ts";

export interface ComparisonView {
  readonly base: SnapshotHeader;
  readonly candidate: SnapshotHeader;
  /** "3 better · 1 worse · 40 no significant change" */
  readonly summary: string;
  readonly rows: readonly ComparisonRowView[];
  readonly config: readonly ConfigDiffLine[];
  readonly warnings: readonly Pick<LikeForLikeWarning, "field" | "message">[];
  readonly charts: readonly OverlayChart[];
  /** How the verdicts were reached, in one line. */
  readonly method: string;
}

export function comparisonView(base: Snapshot, candidate: Snapshot, c: SnapshotComparison): ComparisonView {
  const m = c.method;
  return {
    base: snapshotHeader(base),
    candidate: snapshotHeader(candidate),
    summary: verdictSummary(c.signals.map((r) => r.verdict)),
    rows: comparisonRows(c.signals),
    config: configDiffLines(c.config),
    warnings: c.warnings.map(({ field, message }) => ({ field, message })),
    charts: overlayCharts(base, candidate),
    method: `95 % intervals (latency quantiles: bootstrap, ${m.resamples} resamples, seed ${m.seed}); a change counts when its interval excludes 0 and it is at least ${m.floors.minEffect * 100} % (${m.floors.thresholdOnly * 100} % without an interval); workloads match within ${m.workloadTolerance * 100} %.`,
  };
}

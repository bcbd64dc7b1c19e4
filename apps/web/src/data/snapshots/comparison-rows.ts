// The comparison table: one row per signal statistic and SLO, values in their units, the change,
// the verdict and its confidence statement. Rows keep @throtl/compare's order (catalog, then SLOs).
import type { SignalComparison } from "@throtl/compare";
import type { SignalId } from "@throtl/signals";
import { formatText } from "../format.ts";
import { deltaText, percentText } from "./text.ts";
import { verdictView, type VerdictView } from "./verdict-view.ts";

export interface ComparisonRowView {
  /** Stable key and data attribute: "ttft/p90", "ttft/slo/0.5". */
  readonly key: string;
  readonly signal: SignalId;
  readonly title: string;
  readonly base: string;
  readonly candidate: string;
  readonly delta: string;
  readonly percent: string;
  readonly verdict: VerdictView;
  readonly confidence: string;
  readonly method: string;
  /** True on the first row of a signal, so the table can draw a separator between signals. */
  readonly firstOfSignal: boolean;
}

export function comparisonRows(rows: readonly SignalComparison[]): ComparisonRowView[] {
  return rows.map((r, i) => ({
    key: r.stat === "slo" ? `${r.signal}/slo/${r.thresholdSeconds}` : `${r.signal}/${r.stat}`,
    signal: r.signal,
    title: r.title,
    base: formatText(r.base, r.unit),
    candidate: formatText(r.candidate, r.unit),
    delta: deltaText(r.delta, r.unit),
    percent: percentText(r.relative),
    verdict: verdictView(r.verdict, r.delta),
    confidence: r.confidence,
    method: r.method,
    firstOfSignal: i === 0 || rows[i - 1]?.signal !== r.signal || (r.stat === "slo") !== (rows[i - 1]?.stat === "slo"),
  }));
}

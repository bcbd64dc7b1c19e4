// Verdicts as words and colors. The color follows the verdict (better is green whether the value
// went up or down); the arrow follows the value, so "TTFT ▼ better" reads at a glance.
import type { Verdict } from "@throtl/compare";

export type Tone = "good" | "bad" | "accent" | "muted";

export interface VerdictView {
  readonly verdict: Verdict;
  readonly label: string;
  readonly tone: Tone;
  /** ▲ value went up, ▼ down, "" no change or no value. */
  readonly arrow: "▲" | "▼" | "";
}

const LABEL: Record<Verdict, [string, Tone]> = {
  better: ["better", "good"],
  worse: ["worse", "bad"],
  changed: ["changed", "accent"],
  no_significant_change: ["no significant change", "muted"],
  not_comparable: ["not comparable", "muted"],
};

export function verdictView(verdict: Verdict, delta: number | null): VerdictView {
  const [label, tone] = LABEL[verdict];
  const arrow = delta === null || delta === 0 || verdict === "not_comparable" ? "" : delta > 0 ? "▲" : "▼";
  return { verdict, label, tone, arrow };
}

/** "3 better · 1 worse · 40 no significant change" in a fixed order, zero counts left out. */
export function verdictSummary(verdicts: readonly Verdict[]): string {
  const order: Verdict[] = ["better", "worse", "changed", "no_significant_change", "not_comparable"];
  return order
    .map((v) => [v, verdicts.filter((x) => x === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${LABEL[v][0]}`)
    .join(" · ");
}

import type { VerdictView } from "../../data/snapshots/verdict-view.ts";

const TONE = { good: "border-good text-good", bad: "border-bad text-bad", accent: "border-accent text-accent", muted: "border-line text-muted" } as const;

export function VerdictBadge({ verdict }: { verdict: VerdictView }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-1 text-[11px] ${TONE[verdict.tone]}`} data-verdict={verdict.verdict}>
      {verdict.arrow && <span aria-hidden className="mr-0.5">{verdict.arrow}</span>}
      {verdict.label}
    </span>
  );
}

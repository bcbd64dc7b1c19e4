import type { TrendView } from "../data/trend.ts";

const ARROW = { up: "▲", down: "▼", flat: "▶", none: "" } as const;
const TONE = { good: "text-good", bad: "text-bad", neutral: "text-muted" } as const;

export function TrendArrow({ trend }: { trend: TrendView }) {
  if (trend.direction === "none") return trend.label ? <span className="text-xs text-muted">{trend.label}</span> : null;
  return (
    <span className={`text-xs ${TONE[trend.tone]}`} data-trend={trend.direction} data-tone={trend.tone}>
      <span aria-hidden>{ARROW[trend.direction]}</span> {trend.label}
    </span>
  );
}

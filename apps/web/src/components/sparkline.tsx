import { sparkPath } from "../data/sparkline.ts";

const W = 96;
const H = 20;

export function Sparkline({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const d = sparkPath(values, W, H);
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="overflow-visible">
      {d ? <path d={d} fill="none" stroke="var(--series-1)" strokeWidth={1.25} /> : <line x1={0} x2={W} y1={H - 1} y2={H - 1} stroke="var(--line)" strokeDasharray="2 3" />}
    </svg>
  );
}

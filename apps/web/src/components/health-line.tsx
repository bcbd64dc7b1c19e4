import type { HealthView } from "../data/insights-view.ts";

const DOT = { good: "bg-good", warn: "bg-warn", bad: "bg-bad", unknown: "bg-muted" } as const;

export function HealthLine({ health }: { health: HealthView }) {
  return (
    <p className="flex items-center gap-2 rounded-lg border border-line bg-panel px-3 py-2" data-health={health.tone}>
      <span className={`inline-block size-2.5 rounded-full ${DOT[health.tone]}`} aria-hidden />
      <span className="font-semibold" data-health-state>{health.state}</span>
      <span className="text-muted">— {health.reason}</span>
    </p>
  );
}

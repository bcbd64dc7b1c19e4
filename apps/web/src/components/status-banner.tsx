import type { StatusView } from "../data/status.ts";

export function StatusBanner({ status }: { status: StatusView }) {
  if (status.kind === "live") return null;
  const text = status.kind === "stale"
    ? `Data source unreachable — showing data from ${status.ageText} ago.`
    : "Data source unreachable — no data loaded yet.";
  return (
    <div role="status" className="rounded-lg border border-warn bg-panel px-3 py-2 text-sm" data-banner={status.kind}>
      <strong className="text-warn">{text}</strong>
      <span className="mt-1 block text-xs text-muted">{status.message}</span>
    </div>
  );
}

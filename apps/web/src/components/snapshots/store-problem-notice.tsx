import { problemText, type StoreProblem } from "../../data/snapshots/store-problem.ts";

export function StoreProblemNotice({ problem }: { problem: StoreProblem }) {
  const { title, detail } = problemText(problem);
  return (
    <div role="status" className="rounded-lg border border-warn bg-panel px-3 py-2 text-sm" data-store-problem={problem.kind}>
      <strong className="text-warn">{title}</strong>
      <span className="mt-1 block text-xs text-muted">{detail}</span>
    </div>
  );
}

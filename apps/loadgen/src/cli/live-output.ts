import type { Plan } from "../plan/plan.ts";
import type { RunSpec } from "../spec/run-spec.ts";
import { jsonLinesView, terminalView, type LiveView } from "../tui/live-view.ts";
import type { CliDeps } from "./cli-deps.ts";

/** The dashboard on a terminal, JSON lines with --no-tui, nothing live when output is piped without it. */
export function liveOutput(spec: RunSpec, plan: Plan, tui: boolean, out: CliDeps["out"]): LiveView | undefined {
  if (!tui) return jsonLinesView(plan, spec.target.stream, (l) => out.write(l));
  if (!out.isTTY) return undefined;
  return terminalView(plan, spec.target.stream, `throtl-load  ${describe(spec)}  →  ${spec.target.model} @ ${spec.target.url}`, out as NodeJS.WriteStream);
}

/** One line naming the workload, for the dashboard's title. */
export function describe(spec: RunSpec): string {
  const w = spec.workload;
  const len = "lengths" in w ? ` ${w.lengths.promptTokens}/${w.lengths.outputTokens} tok` : "";
  switch (w.kind) {
    case "rate": return `${w.arrivals.kind} ${w.arrivals.rate} req/s${len}`;
    case "ramp": return `ramp ${w.from}→${w.to} req/s over ${w.seconds} s${len}`;
    case "concurrency": return `concurrency ${w.concurrency}${len}`;
    case "trace": return `trace ${w.file} ×${w.speedup}`;
  }
}

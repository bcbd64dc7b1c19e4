import type { Plan } from "../plan/plan.ts";
import type { RunHooks } from "../run/runner.ts";
import { renderFrame } from "./dashboard.ts";
import { LiveStats, type LiveSnapshot } from "./live-stats.ts";
import { progressOf, type Progress } from "./progress.ts";

/** Something that shows a run while it goes: fed through the runner's hooks, redrawn on a timer. */
export interface LiveView {
  readonly hooks: RunHooks;
  start(): void;
  /** Draws the last frame and stops the timer. */
  stop(): void;
}

function liveView(plan: Plan, streamed: boolean, intervalMs: number, draw: (s: LiveSnapshot, p: Progress) => void): LiveView {
  const stats = new LiveStats();
  let t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const now = () => (performance.now() - t0) / 1000;
  const frame = () => {
    const s = stats.snapshot(now(), 300);
    draw(s, progressOf(plan, s));
  };
  return {
    hooks: {
      onSent: () => stats.sent(),
      onTokens: (n) => stats.tokens(now(), n),
      onResult: (r) => stats.result(now(), r, streamed),
    },
    start() {
      t0 = performance.now();
      timer = setInterval(frame, intervalMs);
    },
    stop() {
      clearInterval(timer);
      frame();
    },
  };
}

/** The braille dashboard, redrawn in place 4 times a second (cursor moved up over the last frame). */
export function terminalView(plan: Plan, streamed: boolean, title: string, out: NodeJS.WriteStream): LiveView {
  let drawn = 0;
  return liveView(plan, streamed, 250, (snapshot, progress) => {
    const lines = renderFrame({ title, snapshot, progress, columns: out.columns || 100 });
    const up = drawn > 0 ? `\x1b[${drawn}F` : "";
    out.write(`${up}${lines.map((l) => `${l}\x1b[K`).join("\n")}\n`);
    drawn = lines.length;
  });
}

/** `--no-tui`: one JSON line per second on `write`, for CI logs and scripts. */
export function jsonLinesView(plan: Plan, streamed: boolean, write: (line: string) => void): LiveView {
  return liveView(plan, streamed, 1000, (s, p) => {
    const last = (xs: number[]) => xs.at(-1) ?? null;
    write(`${JSON.stringify({
      type: "progress", elapsed: round(s.elapsed), sent: s.sent, completed: s.completed, failed: s.failed, inFlight: s.inFlight,
      progress: round(p.fraction), eta: round(p.eta),
      requestsPerSecond: last(s.series.requestRate), inputTokensPerSecond: last(s.series.inputTokensPerSecond),
      outputTokensPerSecond: last(s.series.outputTokensPerSecond), ttftP95: last(s.series.ttftP95), tpotP95: last(s.series.tpotP95),
    })}\n`);
  });
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);

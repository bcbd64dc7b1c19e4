import type { LoadResult } from "./stream-load.ts";
import type { SimSpeed } from "./sim-speed.ts";

/** The bars the bench is read against (printed as ratios, never asserted). */
export const TARGETS = { simSpeedup: 20_000, streamedTokensPerSecond: 100_000 } as const;

export interface ServerRun {
  readonly label: string;
  /** Why the fake server could not be measured, or what it did. */
  readonly outcome: string | { readonly load: LoadResult; readonly capacity: number; readonly placement: string; readonly streams: number };
}

export interface BenchResults {
  readonly setup: string;
  readonly sim: SimSpeed | string;
  readonly server: readonly ServerRun[];
}

const n = (v: number, d = 0) => v.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const row = (name: string, measured: string, target: string, ratio: string, note: string) =>
  `${name.padEnd(40)}${measured.padStart(14)}${target.padStart(10)}${ratio.padStart(8)}   ${note}`;

export function formatBench(r: BenchResults): string {
  const lines = [`Throtl bench: ratios against targets, never asserted (${r.setup})`, "", row("", "measured", "target", "ratio", "")];
  const simTarget = `${n(TARGETS.simSpeedup)}x`;
  if (typeof r.sim === "string") lines.push(row("(a) simulator, Azure conv trace", "error", simTarget, "-", r.sim));
  else {
    const s = r.sim;
    lines.push(row("(a) simulator, Azure conv trace", `${n(s.speedup)}x`, simTarget, `${(s.speedup / TARGETS.simSpeedup).toFixed(2)}x`,
      `simulated s per wall s: ${n(s.simulatedSeconds)} s in ${(s.simulatedSeconds / s.speedup).toFixed(3)} s (median of ${s.wallSeconds.length}); ` +
      `${n(s.requests)} requests, ${n(s.steps)} steps, ${n((s.steps * s.speedup) / s.simulatedSeconds / 1e6, 2)} M steps/s`));
  }
  const tokTarget = n(TARGETS.streamedTokensPerSecond);
  for (const run of r.server) {
    const o = run.outcome;
    if (typeof o === "string") {
      lines.push(row(run.label, "n/a", tokTarget, "-", `fake server not available: ${o}`));
      continue;
    }
    lines.push(row(run.label, n(o.load.tokensPerSecond), tokTarget, `${(o.load.tokensPerSecond / TARGETS.streamedTokensPerSecond).toFixed(2)}x`,
      `streamed tokens/s: ${o.streams} streams for ${o.load.seconds.toFixed(1)} s, ${o.placement}; server counted ≈` +
      `${o.load.serverTokensPerSecond === undefined ? "n/a" : n(o.load.serverTokensPerSecond)} tok/s; ${o.load.errors} errors${o.load.firstError ? ` (first: ${o.load.firstError})` : ""}`));
    lines.push(row("    simulated GPU ceiling for that load", n(o.capacity), "", `${(o.load.tokensPerSecond / o.capacity).toFixed(2)}x`,
      "what the simulated engine decodes in real time at best; the server cannot stream faster"));
  }
  return `${lines.join("\n")}\n`;
}

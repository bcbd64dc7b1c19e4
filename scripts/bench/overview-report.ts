import { medianMs, type Scenario } from "./overview-bench.ts";
import type { OverviewBench } from "./overview-run.ts";

/** The panel may spend at most this much longer than Prometheus answering the same requests. */
export const OVERVIEW_TARGET_RATIO = 1.2;

const row = (name: string, measured: string, target: string, ratio: string, note: string) =>
  `${name.padEnd(40)}${measured.padStart(14)}${target.padStart(10)}${ratio.padStart(8)}   ${note}`;

function scenarioRows(s: Scenario): string[] {
  const name = (path: string) => `(f) panel ${path}, ${s.label}`;
  if (typeof s.pages === "string") return [row(name("overview"), "n/a", "1.20x", "-", s.pages)];
  const lines = [`    ${s.label}: ${s.setup}`];
  for (const p of s.pages) {
    const panel = medianMs(p.panelMs), raw = medianMs(p.rawMs);
    const measured = panel / raw;
    lines.push(row(name(p.path), `${measured.toFixed(2)}x`, `${OVERVIEW_TARGET_RATIO.toFixed(2)}x`, `${(OVERVIEW_TARGET_RATIO / measured).toFixed(2)}x`,
      `panel ${panel.toFixed(0)} ms vs raw ${raw.toFixed(0)} ms (medians of ${p.panelMs.length} alternating rounds; ` +
      `${p.requests} requests, waves ${p.waves}${p.rawErrors ? `, ${p.rawErrors} raw answers not 200` : ""}); ${p.check}; ` +
      `CPU per load: panel ${p.cpu.panel.toFixed(0)} ms + Prometheus ${p.cpu.promForPanel.toFixed(0)} ms vs Prometheus ${p.cpu.promForRaw.toFixed(0)} ms for the replay; ${p.slowest}`));
  }
  return lines;
}

/** Row (f), in the bench's layout; ratio = target / measured, so above 1.00x meets it. */
export function formatOverviewBench(b: OverviewBench | string): string {
  if (typeof b === "string") return `${row("(f) panel overview load time", "n/a", "1.20x", "-", b)}\n`;
  const head = `(f) panel load time / raw Prometheus time for the same requests (captured by a recording proxy, ` +
    `replayed in the loader's waves at its concurrency); ${b.build}`;
  return `${[head, ...b.scenarios.flatMap(scenarioRows)].join("\n")}\n`;
}

import type { SimulateReport } from "./run-simulation.ts";

/** Config by ids (not the whole profiles), the memory plan, the trace, the run and the summary. NaN → null. */
export function formatJson(r: SimulateReport): string {
  const { model, gpu, memory, ...engine } = r.config;
  const doc = {
    config: { model: model.id, gpu: gpu.id, ...engine },
    memoryPlan: memory,
    trace: r.trace,
    run: { ...r.run, simulatedSecondsPerWallSecond: r.run.endTime / r.run.wallSeconds },
    summary: r.summary,
  };
  return `${JSON.stringify(doc, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}

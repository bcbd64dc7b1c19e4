import { alertRule, num, pct } from "./alert.ts";
import { R } from "./records.ts";
import type { AlertThresholds } from "./thresholds.ts";
import type { AlertingRule } from "./types.ts";

/** GPU alerts per instance (the dcgm target carries its engine's instance). */
export function gpuAlerts(t: AlertThresholds): AlertingRule[] {
  const { vramUsed, gpuUtilBelow } = t.memoryBound;
  return [
    alertRule({
      alert: "ThrotlGPUMemoryBound", severity: "warning",
      // Only while requests are served: an idle server also has full VRAM (preallocated) and low use.
      expr: `${R.vramUsed} > ${num(vramUsed)} and on (instance) ${R.gpuUtil} < ${num(gpuUtilBelow)} and on (instance) sum by (instance) (${R.requests}) > 0`,
      for: "15m",
      summary: "GPU memory {{ $value | humanizePercentage }} used while the GPU is mostly idle on {{ $labels.instance }}",
      description: `For 15 min, while serving requests: VRAM above ${pct(vramUsed)} and GPU utilization under ${pct(gpuUtilBelow)}. Batches are too small to keep the GPU busy: memory, not compute, is the limit.`,
      runbook: "Look at --max-num-seqs (a larger batch, if KV use allows) and --max-model-len (a shorter limit leaves room for more sequences).",
    }),
    alertRule({
      alert: "ThrotlGPUMemoryExhausted", severity: "critical", expr: `${R.vramUsed} > ${num(t.vramExhausted)}`, for: "5m",
      summary: "GPU memory {{ $value | humanizePercentage }} used on {{ $labels.instance }}",
      description: `VRAM above ${pct(t.vramExhausted)} for 5 min: the next allocation (CUDA graphs, a long prompt's activations, another process) fails with out-of-memory.`,
      runbook: "Look at --gpu-memory-utilization: vLLM claims that share of the GPU at start; lower it, and check that nothing else shares the GPU.",
    }),
  ];
}

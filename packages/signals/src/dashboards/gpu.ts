// GPU: memory, utilization, power and heat from dcgm-exporter (or Triton's own nv_gpu_*), and
// whether memory rather than compute is the limit. GPU series carry the engine's instance label.
import { VRAM_USED_RATIO } from "../rules/records.ts";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.ts";
import { resolveSignal } from "../resolve.ts";
import { ENGINE_FLAVORS, type FlavorCatalog } from "../types.ts";
import { grafanaPromQL, type GrafanaQuery } from "./grafana-query.ts";
import type { DashboardSpec, PanelSpec } from "./model.ts";
import { valuePanel } from "./panels.ts";
import { recordSelector, recordTarget } from "./record-targets.ts";
import { acrossFlavors, describe } from "./targets.ts";

const FLAVORS = ENGINE_FLAVORS;

/** VRAM used ÷ VRAM total from the catalog's two sources, per instance. */
function vramShare(c: FlavorCatalog): GrafanaQuery {
  const [used, total] = [resolveSignal(c, { signal: "vram_used" }), resolveSignal(c, { signal: "vram_total" })];
  if (!used.ok) return used;
  if (!total.ok) return total;
  return grafanaPromQL(c, { kind: "binary", op: "/", left: used.expr, right: total.expr });
}

function vramSharePanel(): PanelSpec {
  const { vramUsed } = DEFAULT_THRESHOLDS.memoryBound;
  const targets = [acrossFlavors("A", FLAVORS, vramShare, { legend: "{{instance}}" })];
  return {
    type: "timeseries", title: "VRAM used share", unit: "percentunit", min: 0, max: 1, targets,
    thresholds: [{ value: vramUsed, color: "orange" }, { value: DEFAULT_THRESHOLDS.vramExhausted, color: "red" }],
    description: describe(`GPU memory in use over GPU memory, summed over GPUs. vLLM claims --gpu-memory-utilization of the GPU at start, so a high share is normal; past ${DEFAULT_THRESHOLDS.vramExhausted * 100} % the next allocation fails.`, targets),
  };
}

/** 1 while the memory-bound alert's condition holds (thresholds shared with the alert), else 0. */
function memoryBoundPanel(): PanelSpec {
  const { vramUsed, gpuUtilBelow } = DEFAULT_THRESHOLDS.memoryBound;
  const util = "instance:throtl_gpu_utilization:avg";
  const requests = "instance_model:throtl_requests:rate5m";
  const expr = `(${recordSelector(VRAM_USED_RATIO)} > bool ${vramUsed})\n* on (instance) (${recordSelector(util)} < bool ${gpuUtilBelow})\n` +
    `* on (instance) (sum by (instance) (${recordSelector(requests)}) > bool 0)`;
  const targets = [recordTarget("A", expr, [VRAM_USED_RATIO, util, requests], { legend: "{{instance}}" })];
  return {
    type: "timeseries", title: "Memory-bound (1 = yes)", unit: "short", min: 0, max: 1, targets,
    description: describe(`1 while VRAM is above ${vramUsed * 100} % and GPU utilization under ${gpuUtilBelow * 100} % during serving: the condition of ` +
      "the ThrotlGPUMemoryBound alert (which also waits 15 min). Batches are too small to keep the GPU busy: memory, not compute, is the limit; " +
      "look at --max-num-seqs and --max-model-len.", targets),
  };
}

export const GPU: DashboardSpec = {
  uid: "throtl-gpu",
  file: "throtl-gpu.json",
  title: "Throtl · GPU",
  description: "GPU memory, utilization, power and temperature per engine instance (dcgm-exporter, or Triton's nv_gpu_*), generated from the Throtl signal catalog.",
  tags: ["throtl", "generated", "gpu"],
  flavors: FLAVORS,
  rows: [
    {
      title: "Memory",
      panels: [
        valuePanel("VRAM used and total", ["vram_used", "vram_total"], FLAVORS),
        vramSharePanel(),
        memoryBoundPanel(),
        valuePanel("GPU utilization", ["gpu_util"], FLAVORS),
      ],
    },
    {
      title: "Power and heat",
      panels: [
        valuePanel("Power", ["power"], FLAVORS, { width: 8 }),
        valuePanel("GPU temperature", ["temperature"], FLAVORS, { width: 8 }),
        valuePanel("Energy per token", ["energy_per_token"], FLAVORS, { width: 8 }),
      ],
    },
  ],
};

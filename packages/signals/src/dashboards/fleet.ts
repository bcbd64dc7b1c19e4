// Fleet: every engine instance side by side, read from the recording rules (precomputed per
// instance and model, one `model_name` for every flavor), so a wide fleet stays cheap to draw.
import { R, VRAM_USED_RATIO } from "../rules/records.ts";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.ts";
import { ENGINE_FLAVORS } from "../types.ts";
import type { DashboardSpec, PanelSpec } from "./model.ts";
import { recordSelector, recordTarget } from "./record-targets.ts";
import { describe } from "./targets.ts";

const MODEL_LEGEND = "{{instance}} {{model_name}}";
const TTFT_P95 = R.ttftP95;
const GENERATED = "instance_model:throtl_generation_tokens:rate1m";
const REQUESTS = "instance_model:throtl_requests:rate1m";
const ERRORS = R.errors("5m");

interface Column { readonly header: string; readonly unit: string; readonly record: string; readonly expr: string }

/** Per-instance columns: sums over models for rates, the worst model for latency and errors. */
const COLUMNS: readonly Column[] = [
  { header: "Requests/s", unit: "reqps", record: REQUESTS, expr: `sum by (instance) (${recordSelector(REQUESTS)})` },
  { header: "Generated tok/s", unit: "short", record: GENERATED, expr: `sum by (instance) (${recordSelector(GENERATED)})` },
  { header: "TTFT p95 (worst model)", unit: "s", record: TTFT_P95, expr: `max by (instance) (${recordSelector(TTFT_P95)})` },
  { header: "Errors (worst model)", unit: "percentunit", record: ERRORS, expr: `max by (instance) (${recordSelector(ERRORS)})` },
  { header: "Waiting", unit: "short", record: R.waiting, expr: `sum by (instance) (${recordSelector(R.waiting)})` },
  { header: "GPU util", unit: "percentunit", record: R.gpuUtil, expr: recordSelector(R.gpuUtil) },
  { header: "VRAM used", unit: "percentunit", record: VRAM_USED_RATIO, expr: recordSelector(VRAM_USED_RATIO) },
];

function tablePanel(): PanelSpec {
  const targets = COLUMNS.map((c, i) => recordTarget(String.fromCharCode(65 + i), c.expr, [c.record], { legend: "", format: "table", instant: true }));
  return {
    type: "table", title: "Instances now", unit: "short", width: 24, targets,
    columns: Object.fromEntries(COLUMNS.map((c, i) => [String.fromCharCode(65 + i), { header: c.header, unit: c.unit }])),
    description: describe("One row per engine instance, the latest value of each recording rule. Latency and errors show the worst model of the instance.", targets),
  };
}

function recordPanel(title: string, record: string, unit: string, what: string, o: { max?: number; threshold?: number } = {}): PanelSpec {
  const legend = record.startsWith("instance_model:") ? MODEL_LEGEND : "{{instance}}";
  const targets = [recordTarget("A", recordSelector(record), [record], { legend })];
  return {
    type: "timeseries", title, unit, width: 8, targets,
    ...(o.max !== undefined ? { min: 0, max: o.max } : {}),
    ...(o.threshold !== undefined ? { thresholds: [{ value: o.threshold, color: "orange" as const }] } : {}),
    description: describe(`${what} Recording rule ${record}.`, targets),
  };
}

export const FLEET: DashboardSpec = {
  uid: "throtl-fleet",
  file: "throtl-fleet.json",
  title: "Throtl · Fleet",
  description: "Every engine instance and model side by side, from the recording rules generated from the Throtl signal catalog.",
  tags: ["throtl", "generated", "fleet"],
  flavors: ENGINE_FLAVORS,
  rows: [
    { title: "Now", panels: [tablePanel()] },
    {
      title: "Over time",
      panels: [
        recordPanel("Requests", REQUESTS, "reqps", "Finished requests per second over 1 min."),
        recordPanel("Generated tokens", GENERATED, "suffix: tok/s", "Output tokens per second over 1 min."),
        recordPanel("TTFT p95", TTFT_P95, "s", "Time to first token, 95th percentile over 5 min.", { threshold: DEFAULT_THRESHOLDS.ttftP95Seconds.warning }),
        recordPanel("Failed requests", ERRORS, "percentunit", "Share of finished requests that failed or were aborted, over 5 min."),
        recordPanel("KV cache use", R.kvCache, "percentunit", "Share of KV-cache blocks in use.", { max: 1, threshold: DEFAULT_THRESHOLDS.kvCacheUsage }),
        recordPanel("Waiting", R.waiting, "short", "Requests queued for admission.", { threshold: DEFAULT_THRESHOLDS.queueWaiting }),
        recordPanel("GPU utilization", R.gpuUtil, "percentunit", "Share of time a kernel ran, averaged over the instance's GPUs.", { max: 1 }),
        recordPanel("VRAM used share", VRAM_USED_RATIO, "percentunit", "GPU memory in use over GPU memory.", { max: 1, threshold: DEFAULT_THRESHOLDS.memoryBound.vramUsed }),
        recordPanel("Power", "instance:throtl_gpu_power_watts:sum", "watt", "GPU board power, summed over the instance's GPUs."),
      ],
    },
  ],
};

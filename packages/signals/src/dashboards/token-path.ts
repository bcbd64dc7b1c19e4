// Token path: how fast tokens come out (TTFT, ITL, TPOT, end to end) and how many (throughput with
// the batch that produced them), on every engine flavor.
import { SIGNALS } from "../signals.ts";
import { ENGINE_FLAVORS } from "../types.ts";
import type { DashboardSpec, PanelSpec } from "./model.ts";
import { GRAFANA_UNIT } from "./model.ts";
import { heatmapPanel, latencyPanel, valuePanel } from "./panels.ts";
import { describe, signalTarget } from "./targets.ts";

const FLAVORS = ENGINE_FLAVORS;
const PERCENTILES = ["p50", "p90", "p95", "p99"] as const;

/** Generated and prompt tokens/s, with the batch size on the right axis: throughput against its cause. */
function throughputPanel(): PanelSpec {
  const targets = [
    signalTarget("A", FLAVORS, { signal: "generation_tokens_rate" }, { legend: "generated {{instance}}" }),
    signalTarget("B", FLAVORS, { signal: "prompt_tokens_rate" }, { legend: "prompt {{instance}}" }),
    signalTarget("C", FLAVORS, { signal: "batch_size" }, { legend: "batch size {{instance}}" }),
  ];
  return {
    type: "timeseries", title: "Throughput and batch size", unit: GRAFANA_UNIT["tok/s"], width: 24, targets,
    rightAxis: { refIds: ["C"], unit: GRAFANA_UNIT.count, label: "batch size" },
    description: describe(`${SIGNALS.generation_tokens_rate.description} ${SIGNALS.prompt_tokens_rate.description} ` +
      `Dashed, right axis: ${SIGNALS.batch_size.description.toLowerCase()} Throughput that stops growing while the batch does is the step time growing with it.`, targets),
  };
}

export const TOKEN_PATH: DashboardSpec = {
  uid: "throtl-token-path",
  file: "throtl-token-path.json",
  title: "Throtl · Token path",
  description: "Latency percentiles and throughput of the inference engines, generated from the Throtl signal catalog.",
  tags: ["throtl", "generated", "llm"],
  flavors: FLAVORS,
  rows: [
    {
      title: "Latency",
      panels: [
        latencyPanel("ttft", FLAVORS, PERCENTILES),
        latencyPanel("itl", FLAVORS, PERCENTILES),
        latencyPanel("tpot", FLAVORS, PERCENTILES),
        latencyPanel("e2e", FLAVORS, [...PERCENTILES, "mean"]),
      ],
    },
    {
      title: "Throughput",
      panels: [
        throughputPanel(),
        valuePanel("Requests", ["request_rate"], FLAVORS),
        valuePanel("Tokens per step", ["tokens_per_step"], FLAVORS),
      ],
    },
    {
      title: "Distribution",
      panels: [heatmapPanel("ttft", FLAVORS), heatmapPanel("itl", FLAVORS)],
    },
  ],
};

import type { Flavor } from "../flavors.ts";
import { VllmV1Metrics } from "./flavors/vllm-v1.ts";
import type { FlavorMetrics, MetricsContext } from "./types.ts";

export { PROMETHEUS_TEXT_CONTENT_TYPE, type FlavorMetrics, type MetricsContext } from "./types.ts";

/** The /metrics model of one backend flavor, fed by engine events and read by `render`. */
export function createFlavorMetrics(flavor: Flavor, ctx: MetricsContext): FlavorMetrics {
  switch (flavor) {
    case "vllm": return new VllmV1Metrics(ctx);
    default: throw new Error(`flavor ${flavor} not implemented yet`);
  }
}

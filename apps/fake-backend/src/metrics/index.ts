import type { Flavor } from "../flavors.ts";
import { SglangMetrics } from "./flavors/sglang.ts";
import { TgiMetrics } from "./flavors/tgi.ts";
import { TritonTrtllmMetrics } from "./flavors/triton-trtllm.ts";
import { TritonVllmMetrics } from "./flavors/triton-vllm.ts";
import { VllmLegacyMetrics } from "./flavors/vllm-legacy.ts";
import { VllmV1Metrics } from "./flavors/vllm-v1.ts";
import type { FlavorMetrics, MetricsContext } from "./types.ts";

export { PROMETHEUS_TEXT_CONTENT_TYPE, type FlavorMetrics, type MetricsContext } from "./types.ts";

/** The /metrics model of one backend flavor, fed by engine events and read by `render`. */
export function createFlavorMetrics(flavor: Flavor, ctx: MetricsContext): FlavorMetrics {
  switch (flavor) {
    case "vllm": return new VllmV1Metrics(ctx);
    case "vllm-legacy": return new VllmLegacyMetrics(ctx);
    case "triton-vllm": return new TritonVllmMetrics(ctx);
    case "triton-trtllm": return new TritonTrtllmMetrics(ctx);
    case "tgi": return new TgiMetrics(ctx);
    case "sglang": return new SglangMetrics(ctx);
  }
}

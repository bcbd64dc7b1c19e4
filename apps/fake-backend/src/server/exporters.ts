import type { DcgmContext, DcgmExporter } from "../dcgm/types.ts";
import type { Flavor } from "../flavors.ts";
import type { FlavorMetrics, MetricsContext } from "../metrics/types.ts";

export type MetricsFactory = (flavor: Flavor, ctx: MetricsContext) => FlavorMetrics;
export type DcgmFactory = (ctx: DcgmContext) => DcgmExporter;

/** Placeholder until the metrics module lands: an exposition with no families. */
export const defaultMetrics: MetricsFactory = (flavor) => ({
  flavor, onArrival() {}, onRejected() {}, render: () => "",
});

export const defaultDcgm: DcgmFactory = () => ({ onStep() {}, render: () => "" });

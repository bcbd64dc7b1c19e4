import type { DcgmContext, DcgmExporter } from "../dcgm/types.ts";
import type { Flavor } from "../flavors.ts";
import { createFlavorMetrics } from "../metrics/index.ts";
import type { FlavorMetrics, MetricsContext } from "../metrics/types.ts";

export type MetricsFactory = (flavor: Flavor, ctx: MetricsContext) => FlavorMetrics;
export type DcgmFactory = (ctx: DcgmContext) => DcgmExporter;

export const defaultMetrics: MetricsFactory = createFlavorMetrics;

/** Placeholder until the DCGM module lands: an exposition with no families. */
export const defaultDcgm: DcgmFactory = () => ({ onStep() {}, render: () => "" });

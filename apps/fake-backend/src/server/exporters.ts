import { createDcgmExporter } from "../dcgm/index.ts";
import type { DcgmContext, DcgmExporter } from "../dcgm/types.ts";
import type { Flavor } from "../flavors.ts";
import { createFlavorMetrics } from "../metrics/index.ts";
import type { FlavorMetrics, MetricsContext } from "../metrics/types.ts";

export type MetricsFactory = (flavor: Flavor, ctx: MetricsContext) => FlavorMetrics;
export type DcgmFactory = (ctx: DcgmContext) => DcgmExporter;

/** The real exporters by default; tests may wrap or replace them. */
export const defaultMetrics: MetricsFactory = createFlavorMetrics;
export const defaultDcgm: DcgmFactory = createDcgmExporter;

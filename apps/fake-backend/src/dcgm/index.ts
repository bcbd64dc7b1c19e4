export { createDcgmExporter } from "./exporter.ts";
export { POWER_MODEL } from "./power-model.ts";
export type { DcgmContext, DcgmExporter } from "./types.ts";

import { generateDashboardFiles } from "@throtl/signals";

/** grafana/ at the repository root: provisioning and the generated dashboards. */
export const GRAFANA_DIR = new URL("../../grafana/", import.meta.url);
export const DASHBOARDS_DIR = new URL("dashboards/", GRAFANA_DIR);

/** What grafana/dashboards/ must hold: the catalog's dashboards. */
export const expectedDashboardFiles = () => generateDashboardFiles();

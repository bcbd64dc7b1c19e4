/** `npm run dashboards:generate`: writes grafana/dashboards/*.json from the signal catalog. */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DASHBOARDS_DIR, expectedDashboardFiles } from "./dashboard-files.ts";

mkdirSync(DASHBOARDS_DIR, { recursive: true });
for (const [name, text] of Object.entries(expectedDashboardFiles())) {
  const url = new URL(name, DASHBOARDS_DIR);
  writeFileSync(url, text);
  console.log(`wrote ${fileURLToPath(url)}`);
}

import { readFileSync } from "node:fs";
import { DATASOURCE_NAME, DATASOURCE_UID } from "@throtl/signals";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GRAFANA_DIR } from "./dashboard-files.ts";

describe("grafana/provisioning/", () => {
  const read = (path: string) => parse(readFileSync(new URL(path, GRAFANA_DIR), "utf8")) as Record<string, unknown>;

  it("provisions the Prometheus data source under the uid the dashboards default to", () => {
    const { datasources } = read("provisioning/datasources/throtl.yml") as { datasources: { uid: string; name: string; type: string; url: string }[] };
    expect(datasources).toHaveLength(1);
    expect(datasources[0]).toMatchObject({ uid: DATASOURCE_UID, name: DATASOURCE_NAME, type: "prometheus", url: "http://prometheus:9090" });
  });

  it("loads the dashboards from where docker-compose.yml mounts them", () => {
    const { providers } = read("provisioning/dashboards/throtl.yml") as { providers: { options: { path: string } }[] };
    const compose = readFileSync(new URL("../docker-compose.yml", GRAFANA_DIR), "utf8");
    expect(compose).toContain(`./grafana/dashboards:${providers[0]!.options.path}:ro`);
  });
});

import { describe, expect, it } from "vitest";
import type { ComposeFile } from "../compose/compose-file.ts";
import { ROOT } from "../compose/compose-file.ts";
import { hostNetwork, hostPath, words } from "./stack.ts";

describe("hostNetwork", () => {
  const resolved: ComposeFile = {
    services: {
      fake: { build: { context: "/r", dockerfile: "d" }, ports: ["127.0.0.1:8000:8000/tcp"], networks: { default: { aliases: ["engine"] } } },
      panel: { image: "p", depends_on: { postgres: { condition: "service_healthy" }, grafana: { condition: "service_healthy" } } },
      postgres: { image: "pg", ports: ["127.0.0.1:5432:5432/tcp"] },
      grafana: { image: "g" },
    },
    volumes: { "postgres-data": {} },
  };

  it("keeps the chosen services on the host network: no ports, no networks, builds without a network", () => {
    const out = hostNetwork(resolved, ["fake", "panel", "postgres"]);
    expect(Object.keys(out.services)).toEqual(["fake", "panel", "postgres"]);
    expect(out.services.fake).toEqual({ build: { context: "/r", dockerfile: "d", network: "none" }, network_mode: "host" });
    expect(out.services.postgres).toEqual({ image: "pg", network_mode: "host" });
    expect(out.services.panel!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    expect(out.volumes).toEqual({ "postgres-data": {} });
  });

  it("refuses a service the resolved file lacks", () => {
    expect(() => hostNetwork(resolved, ["vllm"])).toThrow(/no service vllm/);
  });
});

describe("hostPath and words", () => {
  const service = { volumes: ["./prometheus:/etc/prometheus:ro", "prometheus-data:/prometheus"] };

  it("maps bind mounts into the checkout and named volumes into the smoke's directory", () => {
    expect(hostPath("--config.file=/etc/prometheus/prometheus.local.yml", service, "/tmp/s")).toBe(`--config.file=${ROOT}prometheus/prometheus.local.yml`);
    expect(hostPath("--storage.tsdb.path=/prometheus", service, "/tmp/s")).toBe("--storage.tsdb.path=/tmp/s/prometheus-data");
    expect(hostPath("/prometheusx", service, "/tmp/s")).toBe("/prometheusx");
    expect(hostPath("--web.enable-lifecycle", service, "/tmp/s")).toBe("--web.enable-lifecycle");
  });

  it("splits a command string as Compose does for ours (no quoting), and keeps lists", () => {
    expect(words(" --a 1\n  --b ")).toEqual(["--a", "1", "--b"]);
    expect(words(["x", "y z"])).toEqual(["x", "y z"]);
    expect(words(undefined)).toEqual([]);
  });
});

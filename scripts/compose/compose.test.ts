import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interpolate } from "../smoke/interpolate.ts";
import { composeBinary, composeConfig, composeText, documentedVariables, PROFILES, readCompose, ROOT } from "./compose-file.ts";

const compose = readCompose();
const services = Object.entries(compose.services);
/** Jobs that run once and exit: their exit status is their health. */
const JOBS = ["triton-trt-compile", "load"];
const SECRETS = { GRAFANA_ADMIN_PASSWORD: "test-only", POSTGRES_PASSWORD: "test-only" };

describe("docker-compose.yml", () => {
  const bin = composeBinary();
  it.skipIf(!bin).each([...PROFILES])("passes `docker-compose config -q` with profile %s (Compose v1.29)", (profile) => {
    expect(() => composeConfig(profile, SECRETS)).not.toThrow();
  });

  it("has docker-compose where CI runs (.ci/run installs it)", () => {
    if (process.env.CI) expect(bin, "docker-compose missing in CI").toBeDefined();
  });

  it.skipIf(!bin)("refuses to start without the Grafana and Postgres passwords (never admin/admin)", () => {
    expect(() => composeConfig("fake", { POSTGRES_PASSWORD: "x" })).toThrow(/GRAFANA_ADMIN_PASSWORD/);
    expect(() => composeConfig("fake", { GRAFANA_ADMIN_PASSWORD: "x" })).toThrow(/POSTGRES_PASSWORD/);
  });

  it("nests no ${VAR:-default} inside another default (Compose 1.29 passes it through literally)", () => {
    expect(composeText().match(/\$\{[A-Z0-9_]+:-[^}]*\$\{/g) ?? []).toEqual([]);
  });

  it("documents every variable it reads in .env.example", () => {
    const used = new Set([...composeText().matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    const documented = documentedVariables();
    expect([...used].filter((v) => !documented.has(v))).toEqual([]);
  });

  it("gives every long-running service a healthcheck, and jobs no restart", () => {
    for (const [name, s] of services) {
      if (JOBS.includes(name)) expect(s.restart, name).toBe("no");
      else expect(s.healthcheck?.test, name).toBeDefined();
    }
  });

  it("publishes ports on THROTL_BIND, 127.0.0.1 by default", () => {
    const ports = services.flatMap(([, s]) => s.ports ?? []);
    expect(ports.length).toBeGreaterThan(8);
    for (const p of ports) expect(p).toMatch(/^\$\{THROTL_BIND:-127\.0\.0\.1\}:/);
  });

  it("pins every image to a version", () => {
    for (const [name, s] of services) {
      const fallback = interpolate(s.image ?? "", {});
      expect(fallback, name).toMatch(/:[\w.-]*\d[\w.-]*$/);
      expect(fallback, name).not.toMatch(/:latest$/);
    }
    expect(composeText()).toContain("NODE_IMAGE: ${NODE_IMAGE:-node:20.20.2-bookworm-slim}");
  });

  it("runs the engine of exactly one profile as engine:8000, the address prometheus.yml scrapes", () => {
    const engines = services.filter(([, s]) => JSON.stringify(s.networks ?? {}).includes('"engine"'));
    expect(engines.map(([n, s]) => [n, s.profiles])).toEqual([["vllm", ["vllm"]], ["triton", ["triton"]], ["triton-trt", ["triton-trt"]], ["fake", ["fake"]]]);
    expect(readFileSync(`${ROOT}prometheus/prometheus.yml`, "utf8")).toContain('"engine:8000"');
  });
});

describe("infra/node/Dockerfile", () => {
  const dockerfile = readFileSync(`${ROOT}infra/node/Dockerfile`, "utf8");

  it("copies every workspace's package.json before npm install", () => {
    const workspaces = ["apps", "packages"].flatMap((dir) =>
      readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${d.name}`))
      .filter((w) => { try { return !!readFileSync(`${ROOT}${w}/package.json`); } catch { return false; } });
    for (const w of workspaces) expect(dockerfile, w).toContain(`COPY ${w}/package.json ${w}/`);
  });

  it("takes its base images as build args and runs every runtime stage as a non-root user with a healthcheck", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=/m);
    expect(dockerfile).toMatch(/^ARG RUNTIME_IMAGE=/m);
    const runtime = dockerfile.split(/^FROM /m).filter((stage) => stage.startsWith("${RUNTIME_IMAGE}"));
    expect(runtime).toHaveLength(3);
    for (const stage of runtime) {
      expect(stage).toMatch(/^USER node$/m);
      expect(stage).toMatch(/^HEALTHCHECK /m);
    }
  });
});

describe("infra/alertmanager/start.sh", () => {
  it("writes the webhook and Slack receivers from the environment into prometheus/alertmanager.yml", () => {
    const out = `${ROOT}node_modules/.cache/throtl-alertmanager-test.yml`;
    execFileSync("mkdir", ["-p", `${ROOT}node_modules/.cache`]);
    // Stubs: amtool checks nothing here (scripts/prometheus checks the file), alertmanager prints its flags.
    const stubs = `${ROOT}node_modules/.cache/throtl-am-stubs`;
    execFileSync("sh", ["-c", `mkdir -p ${stubs} && printf '#!/bin/sh\\nexit 0\\n' > ${stubs}/amtool && printf '#!/bin/sh\\necho "$@"\\n' > ${stubs}/alertmanager && chmod +x ${stubs}/*`]);
    const flags = execFileSync("sh", [`${ROOT}infra/alertmanager/start.sh`], {
      encoding: "utf8",
      env: {
        PATH: `${stubs}:${process.env.PATH}`, AM_SOURCE: `${ROOT}prometheus/alertmanager.yml`, AM_CONFIG: out, AM_STORAGE: "/tmp/am",
        ALERT_WEBHOOK_URL: "https://hooks.example.com/x?a=1&b=2", SLACK_WEBHOOK_URL: "https://hooks.slack.com/services/T/B/C", SLACK_CHANNEL: "#llm",
      },
    });
    expect(flags.trim()).toBe(`--config.file=${out} --storage.path=/tmp/am --web.listen-address=0.0.0.0:9093 --cluster.listen-address=`);
    const config = readFileSync(out, "utf8");
    expect(config).toContain('- url: "https://hooks.example.com/x?a=1&b=2"');
    expect(config).toMatch(/slack_configs:\n\s+- api_url: "https:\/\/hooks\.slack\.com\/services\/T\/B\/C"\n\s+channel: "#llm"/);
  });
});

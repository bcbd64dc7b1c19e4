// Every query of every generated dashboard, run as Grafana would run it (variables substituted from
// the variables' own queries), against a real Prometheus (Debian's /usr/bin/prometheus) that scrapes
// one fake backend per flavor, each with its fake dcgm-exporter, under a short steady load, with the
// committed recording rules loaded. Each query must return data for every flavor it claims, on that
// flavor's instance; with "All" selected it must return data at all.
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { createFakeBackend, type FakeBackend } from "@throtl/fake-backend";
import { createPromClient, type PromClient } from "@throtl/prom";
import { startPrometheus, type PrometheusProcess } from "@throtl/prom/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLoad, type RunningLoad } from "../integration/load-driver.ts";
import { ENGINE_FLAVORS, type EngineFlavor } from "../types.ts";
import { DASHBOARDS } from "./index.ts";
import { substitute, type VariableValues } from "./substitute.ts";
import type { TargetSpec } from "./targets.ts";
import { ALL_VALUE, VARIABLE_QUERIES } from "./variables.ts";

const SCRAPE_S = 1;
/** 4 × the scrape interval, what Grafana's $__rate_interval is at a short step. */
const RATE_INTERVAL = `${4 * SCRAPE_S}s`;
const LOAD_S = 14;
const RULES = fileURLToPath(new URL("../../../../prometheus/rules/throtl-recording.yml", import.meta.url));
const ENGINE = { model: "llama-3.1-8b-instruct", gpu: "h100-sxm", maxModelLen: 4096 } as const;

interface Member { flavor: EngineFlavor; backend: FakeBackend; instance: string; model: string | undefined }

let members: Member[] = [];
let prom: PrometheusProcess | undefined;
let client: PromClient;
let load: RunningLoad | undefined;
const started = Date.now();
const timings: Record<string, number> = {};

beforeAll(async () => {
  const backends = ENGINE_FLAVORS.map((flavor, i) => ({ flavor, backend: createFakeBackend({ engine: ENGINE, flavor, port: 0, dcgmPort: 0, tokenizer: "approx", seed: i + 1 }) }));
  await Promise.all(backends.map((b) => b.backend.start()));
  members = backends.map((b) => ({ ...b, instance: new URL(b.backend.url).host, model: undefined }));
  prom = await startPrometheus({
    scrapeInterval: `${SCRAPE_S}s`,
    ruleFiles: [RULES],
    scrapeTargets: members.flatMap((m) => [
      { job: m.flavor, targets: [m.instance] },
      // As prometheus.yml does: the exporter's series carry the engine's instance.
      { job: `dcgm-${m.flavor}`, targets: [new URL(m.backend.dcgmUrl!).host], labels: { instance: m.instance } },
    ]),
  });
  client = createPromClient({ baseUrl: prom.url, timeoutMs: 10_000 });
  timings.prometheusUp = Date.now() - started;
  // One prompt longer than the context: a rejected request, which creates the failure series some
  // servers (TGI's tgi_request_failure) only export after a first failure.
  for (const m of members) {
    const res = await fetch(`${m.backend.url}/v1/completions`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ prompt: new Array(ENGINE.maxModelLen + 10).fill(1000), max_tokens: 8 }),
    });
    await res.arrayBuffer();
    expect(res.status, m.flavor).toBe(400);
  }
  // Short requests, a shared prompt prefix (prefix-cache hits) and one in eight abandoned by the
  // client (aborts: the error series some servers create only on first failure).
  load = startLoad(members.map((m) => ({
    url: m.backend.url, maxInFlight: 16,
    spec: {
      rate: 8, seed: 7, classes: [
        { promptTokens: 160, sharedPrefixTokens: 128, outputTokens: 16, weight: 6 },
        { promptTokens: 256, sharedPrefixTokens: 128, outputTokens: 64, weight: 1 },
        { promptTokens: 256, sharedPrefixTokens: 128, outputTokens: 96, weight: 1, abortAfterMs: 300 },
      ],
    },
  })));
  await sleep(LOAD_S * 1000);
  timings.loaded = Date.now() - started;
}, 60_000);

afterAll(async () => {
  await load?.stop();
  await prom?.stop();
  await Promise.all(members.map((m) => m.backend.close()));
  console.log(`dashboard queries: timings (ms since start) ${JSON.stringify({ ...timings, done: Date.now() - started })}`);
});

/** Range query over the last 8 s as a panel would (step 2 s); instant for tables. True when any value is a number. */
async function hasData(expr: string, t: TargetSpec): Promise<boolean> {
  const end = Date.now();
  if (t.instant) {
    const r = await client.query(expr, end);
    return r.data.resultType === "vector" && r.data.result.some((e) => e.value !== null && Number.isFinite(e.value.value));
  }
  const r = await client.queryRange(expr, { start: end - 8000, end, step: 2000 });
  return r.data.some((s) => s.values.some((v) => Number.isFinite(v.value)));
}

/** Runs `jobs` with at most `n` at a time (the machine has two cores). */
async function limited<T>(jobs: (() => Promise<T>)[], n = 6): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) {
      const k = next++;
      out[k] = await jobs[k]!();
    }
  }));
  return out;
}

const values = (m: Member): VariableValues => ({
  instance: { value: m.instance },
  model: m.model === undefined ? { regex: ALL_VALUE.model } : { value: m.model },
  rateInterval: RATE_INTERVAL,
});

describe("dashboard variables", () => {
  it("list every engine instance, and each instance's models from the request record", async () => {
    const [instanceVar, modelVar] = VARIABLE_QUERIES;
    const instances = (await client.labelValues(instanceVar!.label, { matchers: [instanceVar!.selector] })).data;
    expect([...instances].sort()).toEqual(members.map((m) => m.instance).sort());
    for (const m of members) {
      const selector = substitute(modelVar!.selector, { ...values(m), model: { regex: ".*" } });
      const models = (await client.labelValues(modelVar!.label, { matchers: [selector] })).data;
      // TGI labels no model: its records carry none, and its queries ignore $model.
      expect(models.length, m.flavor).toBe(m.flavor === "tgi" ? 0 : 1);
      m.model = models[0];
    }
  });
});

describe.each(DASHBOARDS.map((d) => [d.title, d] as const))("%s", (_, dashboard) => {
  const targets = dashboard.rows.flatMap((r) => r.panels.flatMap((p) => p.targets.map((t) => ({ panel: p.title, t }))));

  it("returns data for every query on every flavor it claims, with that instance and model selected", async () => {
    const jobs = targets.flatMap(({ panel, t }) => t.flavors.map((flavor) => async () => {
      const m = members.find((x) => x.flavor === flavor)!;
      return (await hasData(substitute(t.expr, values(m)), t)) ? undefined : `${panel} ${t.refId} (${t.legend}) on ${flavor}`;
    }));
    const empty = (await limited(jobs)).filter((x) => x !== undefined);
    expect(empty).toEqual([]);
    expect(jobs.length).toBeGreaterThan(10);
  });

  // The panel description says where a query has no value; that must be true too.
  it("returns nothing on the flavors a query does not claim", async () => {
    const jobs = targets.flatMap(({ panel, t }) => t.missing.map(({ flavor }) => async () => {
      const m = members.find((x) => x.flavor === flavor)!;
      return (await hasData(substitute(t.expr, values(m)), t)) ? `${panel} ${t.refId} (${t.legend}) on ${flavor}` : undefined;
    }));
    expect((await limited(jobs)).filter((x) => x !== undefined)).toEqual([]);
  });

  it("returns data for every query with All instances and models", async () => {
    const all: VariableValues = { instance: { regex: ALL_VALUE.instance }, model: { regex: ALL_VALUE.model }, rateInterval: RATE_INTERVAL };
    const jobs = targets.map(({ panel, t }) => async () => ((await hasData(substitute(t.expr, all), t)) ? undefined : `${panel} ${t.refId}`));
    expect((await limited(jobs)).filter((x) => x !== undefined)).toEqual([]);
  });
});

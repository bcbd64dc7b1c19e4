// The client against a real Prometheus (/usr/bin/prometheus, Debian's package) scraping a real
// /metrics endpoint, all on 127.0.0.1. One Prometheus for the file: its start costs ~6 s.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPromClient, type PromClient } from "./client.ts";
import { PromQueryError, PromUnreachableError } from "./errors.ts";
import { alignRange, matrixOnGrid } from "./grid.ts";
import { MAX_GET_URL_LENGTH } from "./transport.ts";
import type { QueryData, Sample } from "./types.ts";
import { freePort, type MetricsServer, type PrometheusProcess, startMetricsServer, startPrometheus } from "./testing/index.ts";

let scrapes = 0;
const exposition = () => {
  const n = ++scrapes;
  return [
    "# HELP throtl_test_requests_total Requests served.",
    "# TYPE throtl_test_requests_total counter",
    `throtl_test_requests_total{route="/a"} ${n * 10}`,
    "# TYPE throtl_test_queue_depth gauge",
    "throtl_test_queue_depth 3",
    "# TYPE throtl_test_odd gauge",
    'throtl_test_odd{kind="nan"} NaN',
    'throtl_test_odd{kind="inf"} +Inf',
    'throtl_test_odd{kind="neg_inf"} -Inf',
    "# TYPE throtl_test_latency_seconds histogram",
    `throtl_test_latency_seconds_bucket{le="0.1"} ${n}`,
    `throtl_test_latency_seconds_bucket{le="0.5"} ${2 * n}`,
    `throtl_test_latency_seconds_bucket{le="+Inf"} ${3 * n}`,
    `throtl_test_latency_seconds_sum ${0.7 * n}`,
    `throtl_test_latency_seconds_count ${3 * n}`,
    "",
  ].join("\n");
};

const rule = (record: string, expr: string) =>
  JSON.stringify({ groups: [{ name: "throtl_test", rules: [{ record, expr }] }] });

let metrics: MetricsServer | undefined;
let prom: PrometheusProcess | undefined;
let rulesDir: string | undefined;
let rulesFile = "";
let client: PromClient;
const started = Date.now();
let startupMs = 0;

beforeAll(async () => {
  rulesDir = await mkdtemp(join(tmpdir(), "throtl-prom-rules-"));
  rulesFile = join(rulesDir, "rules.yml");
  await writeFile(rulesFile, rule("throtl_test:queue_depth:doubled", "throtl_test_queue_depth * 2"));
  metrics = await startMetricsServer(exposition);
  prom = await startPrometheus({ scrapeTargets: [{ job: "throtl_test", targets: [metrics.target] }], ruleFiles: [rulesFile] });
  startupMs = Date.now() - started;
  client = createPromClient({ baseUrl: prom.url, timeoutMs: 5000 });
});

afterAll(async () => {
  await prom?.stop();
  await metrics?.close();
  if (rulesDir) await rm(rulesDir, { recursive: true, force: true });
});

/** Polls an instant query until `accept` holds (rules need an evaluation or two). */
async function eventually(expr: string, accept: (d: QueryData) => boolean, timeoutMs = 10_000): Promise<QueryData> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data } = await client.query(expr);
    if (accept(data) || Date.now() > deadline) return data;
    await sleep(250);
  }
}

const only = (d: QueryData): Sample | null => (d.resultType === "vector" && d.result.length === 1 ? d.result[0]!.value : null);

describe("against a real Prometheus", () => {
  it("is ready and reports the scraped target up", async () => {
    console.info(`prometheus up with a first successful scrape after ${startupMs} ms`);
    expect(await client.ready()).toBe(true);
    const { data } = await client.targets();
    const target = data.activeTargets.find((t) => t.labels.job === "throtl_test");
    expect(target).toMatchObject({ health: "up", lastError: null, scrapeUrl: metrics!.url, scrapeInterval: "1s" });
    expect(target!.lastScrapeMs).toBeGreaterThan(started - 1000);
    expect(target!.lastScrapeDurationMs).toBeGreaterThan(0);
  });

  it("answers an instant vector, at an exact requested time", async () => {
    const now = Date.now();
    const { data, warnings } = await client.query("throtl_test_queue_depth", now);
    expect(warnings).toEqual([]);
    expect(data).toEqual({
      resultType: "vector",
      result: [
        {
          metric: { __name__: "throtl_test_queue_depth", instance: metrics!.target, job: "throtl_test" },
          value: { timeMs: now, value: 3 },
          histogram: null,
        },
      ],
    });
  });

  it("answers scalar, string and matrix results", async () => {
    expect((await client.query("1+1")).data).toMatchObject({ resultType: "scalar", result: { value: 2 } });
    expect((await client.query('"hello"')).data).toMatchObject({ resultType: "string", result: { value: "hello" } });
    const { data } = await client.query("throtl_test_queue_depth[10s]");
    expect(data.resultType).toBe("matrix");
    if (data.resultType !== "matrix") return;
    expect(data.result).toHaveLength(1);
    expect(data.result[0]!.values.length).toBeGreaterThanOrEqual(1);
    expect(data.result[0]!.values.every((s) => s.value === 3)).toBe(true);
  });

  it("returns NaN and ±Inf as numbers, computed and scraped", async () => {
    const scalar = async (expr: string) => {
      const { data } = await client.query(expr);
      return data.resultType === "scalar" ? data.result.value : undefined;
    };
    expect(await scalar("0/0")).toBeNaN();
    expect(await scalar("1/0")).toBe(Number.POSITIVE_INFINITY);
    expect(await scalar("-1/0")).toBe(Number.NEGATIVE_INFINITY);
    const { data } = await client.query("throtl_test_odd");
    const byKind = data.resultType === "vector" ? Object.fromEntries(data.result.map((e) => [e.metric.kind, e.value?.value])) : {};
    expect(byKind).toEqual({ nan: Number.NaN, inf: Number.POSITIVE_INFINITY, neg_inf: Number.NEGATIVE_INFINITY });
  });

  it("reads a classic histogram's buckets, le=\"+Inf\" included", async () => {
    const { data } = await client.query("sum by (le) (throtl_test_latency_seconds_bucket)");
    const les = data.resultType === "vector" ? data.result.map((e) => e.metric.le).sort() : [];
    expect(les).toEqual(["+Inf", "0.1", "0.5"]);
  });

  it("runs a range query on an aligned grid and keeps the time before the first scrape as gaps", async () => {
    // The grid's end is floored to the step: wait until the first sample is older than one step.
    while (metrics!.scrapes() < 3) await sleep(100);
    const grid = alignRange({ start: started - 30_000, end: Date.now(), step: 1000 });
    const { data } = await client.queryRange("throtl_test_queue_depth", grid);
    expect(data).toHaveLength(1);
    const { timestamps, series } = matrixOnGrid(data, grid); // throws if a point is off the grid
    const values = series[0]!.values;
    expect(timestamps).toHaveLength(values.length);
    expect(values[0]).toBeNull(); // Prometheus was not running yet: a gap, not a zero
    expect(values.filter((v) => v !== null).length).toBeGreaterThanOrEqual(1);
    expect(values.every((v) => v === null || v === 3)).toBe(true);
  });

  it("uses GET for short and form POST for long expressions", async () => {
    const methods: string[] = [];
    const recording = createPromClient({
      baseUrl: prom!.url,
      timeoutMs: 5000,
      // Records, then delegates to the real fetch: the request still reaches the real Prometheus.
      fetch: (input, init) => (methods.push(init?.method ?? "GET"), fetch(input, init)),
    });
    const long = `1${" + 1".repeat(1500)}`;
    expect(long.length).toBeGreaterThan(MAX_GET_URL_LENGTH);
    expect((await recording.query("1")).data).toMatchObject({ result: { value: 1 } });
    expect((await recording.query(long)).data).toMatchObject({ resultType: "scalar", result: { value: 1501 } });
    const range = alignRange({ start: Date.now() - 5000, end: Date.now(), step: 1000 });
    const matrix = (await recording.queryRange(long, range)).data;
    expect(matrix[0]!.values.every((s) => s.value === 1501)).toBe(true);
    expect(methods).toEqual(["GET", "POST", "POST"]);
  });

  it("lists series and label values", async () => {
    const series = (await client.series(['{job="throtl_test"}'], { start: started - 60_000, end: Date.now() })).data;
    expect(series.map((s) => s.__name__)).toEqual(expect.arrayContaining(["throtl_test_queue_depth", "throtl_test_requests_total"]));
    expect((await client.labelValues("job")).data).toContain("throtl_test");
    const names = (await client.labelValues("__name__", { matchers: ['{job="throtl_test"}'] })).data;
    expect(names).toContain("throtl_test_latency_seconds_bucket");
    expect(names).not.toContain("up_nonexistent");
  });

  it("evaluates rule files and picks up changes on reload()", async () => {
    expect(only(await eventually("throtl_test:queue_depth:doubled", (d) => only(d) !== null))?.value).toBe(6);
    await writeFile(rulesFile, rule("throtl_test:queue_depth:tripled", "throtl_test_queue_depth * 3"));
    await prom!.reload();
    expect(only(await eventually("throtl_test:queue_depth:tripled", (d) => only(d) !== null))?.value).toBe(9);
  });

  it("rejects a reload with a broken config, quoting Prometheus", async () => {
    await expect(prom!.reload({ scrapeInterval: "not-a-duration" })).rejects.toThrow(/reload failed \(HTTP 500\).*not-a-duration/);
    await prom!.reload({ scrapeInterval: "1s" });
    expect(await client.ready()).toBe(true);
  });
});

describe("errors from a real Prometheus", () => {
  it("a parse error is a PromQueryError (400 bad_data) carrying Prometheus' text", async () => {
    const err = await client.query("sum(").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PromQueryError);
    expect(err).toMatchObject({ kind: "query", errorType: "bad_data", httpStatus: 400, expr: "sum(" });
    expect((err as PromQueryError).promMessage).toMatch(/parse error: unclosed left parenthesis/);
    expect((err as Error).message).toMatch(/^Prometheus rejected "sum\(" \(HTTP 400 bad_data\): .*unclosed left parenthesis/);
  });

  it("an evaluation failure is a PromQueryError (422 execution)", async () => {
    const expr = 'label_replace(vector(1), "foo", "$1", "bar", "(")';
    await expect(client.query(expr)).rejects.toMatchObject({ kind: "query", errorType: "execution", httpStatus: 422, expr });
  });

  it("a range with too many points is a PromQueryError naming the limit", async () => {
    const err = await client.queryRange("1", { start: 0, end: 100_000_000, step: 1000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "query", errorType: "bad_data" });
    expect((err as Error).message).toMatch(/exceeded maximum resolution of 11,000 points/);
  });

  it("a port nobody listens on is a PromUnreachableError (refused), not a timeout", async () => {
    const port = await freePort();
    const dead = createPromClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 2000 });
    const err = await dead.query("up").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PromUnreachableError);
    expect(err).toMatchObject({ kind: "unreachable", reason: "refused", timeoutMs: 2000 });
    expect((err as Error).message).toBe(
      `Prometheus unreachable at http://127.0.0.1:${port}/api/v1/query: connection refused (ECONNREFUSED); timeout 2000 ms`,
    );
    await expect(dead.ready()).rejects.toBeInstanceOf(PromUnreachableError);
  });
});

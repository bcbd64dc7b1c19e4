import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog/index.ts";
import { signalQuery } from "./query.ts";
import { SIGNALS } from "./signals.ts";
import { ENGINE_FLAVORS, LATENCY_STATS, SIGNAL_IDS, type Scope, type SignalQuery } from "./types.ts";

const PROMTOOL = "/usr/bin/promtool";
const PARAMS = { gpu_hourly_usd: 2.49, gpu_count: 8 };
const SCOPES: readonly Scope[] = [
  { by: "total" }, { by: "model" }, { by: "instance" },
  { by: "model", model: 'org/model "v2"' }, { by: "instance", instance: "gpu-node-1:8000", model: "m" },
];
/** Every statistic, an SLO on a common bucket bound and one between bounds, and a value query. */
const queriesFor = (signal: (typeof SIGNAL_IDS)[number]): SignalQuery[] => SIGNALS[signal].shape === "value"
  ? [{ signal }, { signal, stat: "p95" }]
  : [{ signal }, ...LATENCY_STATS.map((stat) => ({ signal, stat })), { signal, sloSeconds: 0.5 }, { signal, sloSeconds: 2.2 }, { signal, sloSeconds: 1e-5 }];

/** The only ways a query may fail: each names what is missing. */
const REASONS = [
  /^not exported by .+: .{20,}$/,
  /labels no model: use the total or instance scope/,
  /^GPU metrics have no model label: use the total or instance scope$/,
  /exports \w+ only as a cumulative sum and count: the mean, no percentiles/,
  /has no latency histogram here: SLO attainment needs buckets/,
  /^SLO threshold [\d.e-]+ s is below the smallest bucket \([\d.e-]+ s\)$/,
  /is a single value: no statistic or SLO threshold/,
  /^parameter gpu_hourly_usd is not configured$/,
];

const cases = ENGINE_FLAVORS.flatMap((flavor) => SIGNAL_IDS.flatMap((signal) => queriesFor(signal).flatMap((query) =>
  SCOPES.flatMap((scope) => [true, false].map((params) => ({ flavor, query, scope, params }))))));
const results = cases.map((c) => ({ ...c, result: signalQuery(c.flavor, c.query, { scope: c.scope, window: "5m", ...(c.params ? { params: PARAMS } : {}) }) }));

describe("signalQuery over every flavor × signal × statistic × scope", () => {
  it("answers each with PromQL or with one of the known reasons", () => {
    const unclear = results.flatMap(({ flavor, query, result }) =>
      (result.ok || REASONS.some((re) => re.test(result.reason)) ? [] : [`${flavor} ${JSON.stringify(query)}: ${result.reason}`]));
    expect(unclear).toEqual([]);
  });

  it("renders every supported source at the total and instance scopes", () => {
    const missing = results.filter((r) => r.params && (r.scope.by === "total" || r.scope.by === "instance") && !r.result.ok).flatMap((r) => {
      const source = CATALOG[r.flavor].signals[r.query.signal];
      const asked = r.query.stat ?? (r.query.sloSeconds === undefined ? "p95" : "slo");
      const expectedGap = source.kind === "unsupported" || (SIGNALS[r.query.signal].shape === "value" && r.query.stat !== undefined)
        || (source.kind === "counter_mean" && asked !== "mean")
        || (source.kind === "histogram" && r.query.sloSeconds !== undefined && r.query.sloSeconds < source.buckets[0]! * (source.scale ?? 1));
      return expectedGap ? [] : [`${r.flavor} ${JSON.stringify(r.query)} ${JSON.stringify(r.scope)}: ${r.result.ok ? "" : r.result.reason}`];
    });
    expect(missing).toEqual([]);
  });

  it("every rendered query parses in Prometheus (promtool check rules)", () => {
    const exprs = [...new Set(results.flatMap((r) => (r.result.ok ? [r.result.promql] : [])))];
    expect(exprs.length).toBeGreaterThan(500);
    const dir = mkdtempSync(join(tmpdir(), "throtl-signals-"));
    try {
      const file = join(dir, "rules.yml");
      // JSON strings are valid YAML double-quoted scalars, so PromQL quotes and backslashes survive.
      const rules = exprs.map((e, i) => `      - record: throtl_check:query${i}\n        expr: ${JSON.stringify(e)}`).join("\n");
      writeFileSync(file, `groups:\n  - name: signal-queries\n    rules:\n${rules}\n`);
      const r = spawnSync(PROMTOOL, ["check", "rules", file], { encoding: "utf8" });
      if (r.error) throw new Error(`promtool not found at ${PROMTOOL}: apt-get install -y prometheus. ${r.error.message}`);
      expect(`${r.stdout}${r.stderr}`).toContain(`SUCCESS: ${exprs.length} rules found`);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("passes notes through, and turns render errors into reasons", () => {
    const kv = signalQuery("vllm", { signal: "kv_cache_usage" }, { scope: { by: "total" }, window: "1m" });
    expect(kv).toEqual({ ok: true, promql: "(avg (vllm:kv_cache_usage_perc) or avg (vllm:gpu_cache_usage_perc))", notes: [expect.stringContaining("0–1 fraction")] });
    expect(signalQuery("vllm", { signal: "ttft" }, { scope: { by: "total" }, window: "five minutes" }))
      .toEqual({ ok: false, reason: 'window must be a PromQL duration like 5m, got "five minutes"' });
  });
});

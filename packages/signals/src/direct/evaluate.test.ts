import { describe, expect, it } from "vitest";
import type { Expr, MetricRef } from "../types.ts";
import { DirectEvalError, evaluateDirect, type DirectContext } from "./evaluate.ts";
import { parseExposition } from "./parse.ts";
import { ScrapeStore } from "./store.ts";

const A = { address: "127.0.0.1:8000" };
const B = { address: "127.0.0.1:8001" };
const GPU = { address: "127.0.0.1:9400", instance: "127.0.0.1:8000" };

function scrape(store: ScrapeStore, target: { address: string; instance?: string }, seconds: number, body: string | null) {
  if (body === null) return store.record(target, { t: seconds * 1000, ok: false, error: { kind: "unreachable", message: "down" } });
  const r = parseExposition(body);
  if (!r.ok) throw new Error(r.error.reason);
  return store.record(target, { t: seconds * 1000, ok: true, samples: r.samples });
}
const ctx = (scope: DirectContext["scope"] = { by: "total" }, extra: Partial<DirectContext> = {}): DirectContext => ({ scope, modelLabel: "model_name", windowSeconds: 60, ...extra });
const values = (expr: Expr, c: DirectContext, store: ScrapeStore, atSeconds?: number) =>
  Object.fromEntries(evaluateDirect(expr, c, store, atSeconds === undefined ? undefined : atSeconds * 1000).map((s) => [JSON.stringify({ ...s.labels }), s.value]));
const gauge = (names: MetricRef["names"], agg: "sum" | "avg" | "max" | "min" = "sum"): Expr => ({ kind: "gauge", metric: { names }, agg });
const rate = (names: MetricRef["names"], match?: Record<string, string>): Expr => ({ kind: "rate", metric: match ? { names, match } : { names } });

describe("evaluateDirect: gauges and staleness", () => {
  it("reads the latest scrape: a series missing from it, or a failed scrape, has no value", () => {
    const store = new ScrapeStore();
    scrape(store, A, 0, 'g{model_name="a"} 1\ng{model_name="b"} 2');
    scrape(store, A, 15, 'g{model_name="a"} 3');
    expect(values(gauge(["g"]), ctx({ by: "model" }), store, 20)).toEqual({ '{"model_name":"a"}': 3 });
    scrape(store, A, 30, null);
    expect(values(gauge(["g"]), ctx(), store, 31)).toEqual({});
  });

  it("looks back at most 5 minutes", () => {
    const store = new ScrapeStore();
    scrape(store, A, 0, "g 7");
    expect(values(gauge(["g"]), ctx(), store, 300)).toEqual({ "{}": 7 });
    expect(values(gauge(["g"]), ctx(), store, 300.001)).toEqual({});
  });

  it("defaults the evaluation time to the newest scrape, and answers nothing from an empty store", () => {
    const store = new ScrapeStore();
    expect(evaluateDirect(gauge(["g"]), ctx(), store)).toEqual([]);
    scrape(store, A, 0, "g 1");
    scrape(store, B, 40, "g 2");
    expect(values(gauge(["g"]), ctx({ by: "instance" }), store)).toEqual({ '{"instance":"127.0.0.1:8000"}': 1, '{"instance":"127.0.0.1:8001"}': 2 });
  });

  it("aggregates with max/min skipping NaN, sum and avg propagating it", () => {
    const store = new ScrapeStore();
    scrape(store, A, 0, 'g{e="0"} NaN\ng{e="1"} 4\ng{e="2"} 2');
    expect(values(gauge(["g"], "max"), ctx(), store)["{}"]).toBe(4);
    expect(values(gauge(["g"], "min"), ctx(), store)["{}"]).toBe(2);
    expect(values(gauge(["g"], "sum"), ctx(), store)["{}"]).toBeNaN();
  });

  it("keeps a scraped instance label as exported_instance and groups by the target's", () => {
    const store = new ScrapeStore();
    scrape(store, A, 0, 'g{instance="pod-1"} 1');
    expect(values(gauge(["g"]), ctx({ by: "instance" }), store)).toEqual({ '{"instance":"127.0.0.1:8000"}': 1 });
  });
});

describe("evaluateDirect: names, scopes and arithmetic as the rendered PromQL", () => {
  const store = new ScrapeStore();
  for (const t of [0, 15, 30, 45, 60]) {
    scrape(store, A, t, `new_total{model_name="m"} ${2 * t}\nq_total{model_name="m"} 0\nok_total{model_name="m",reason="stop"} ${t}\nok_total{model_name="m",reason="length"} ${3 * t}`);
    scrape(store, B, t, `old_total{model_name="m"} ${t}\nold_total{model_name="n"} ${t}`);
    scrape(store, GPU, t, `DCGM_FI_DEV_POWER_USAGE{gpu="0",modelName="H100"} 300\nDCGM_FI_DEV_POWER_USAGE{gpu="1",modelName="H100"} 350`);
  }

  it("takes the first name a group has (renames across versions), per group", () => {
    expect(values(rate(["new_total", "old_total"]), ctx({ by: "instance" }), store)).toEqual({ '{"instance":"127.0.0.1:8000"}': 2, '{"instance":"127.0.0.1:8001"}': 2 });
    expect(values(rate(["new_total", "old_total"]), ctx({ by: "model" }), store)).toEqual({ '{"model_name":"m"}': 2, '{"model_name":"n"}': 1 });
  });

  it("applies the metric's label match and the scope's model and instance", () => {
    expect(values(rate(["ok_total"], { reason: "stop" }), ctx(), store)).toEqual({ "{}": 1 });
    expect(values(rate(["old_total"]), ctx({ by: "total", model: "n" }), store)).toEqual({ "{}": 1 });
    expect(values(rate(["old_total"]), ctx({ by: "total", instance: "127.0.0.1:8000" }), store)).toEqual({});
  });

  it("gives no value for a zero denominator, and keeps scalars as scalars", () => {
    const ratio: Expr = { kind: "binary", op: "/", left: rate(["new_total"]), right: rate(["q_total"]) };
    expect(values(ratio, ctx(), store)).toEqual({});
    const perMinute: Expr = { kind: "binary", op: "*", left: rate(["new_total"]), right: { kind: "scalar", value: 60 } };
    expect(values(perMinute, ctx(), store)).toEqual({ "{}": 120 });
    expect(values({ kind: "binary", op: "/", left: { kind: "param", name: "gpu_count" }, right: { kind: "scalar", value: 0 } }, ctx({ by: "total" }, { params: { gpu_count: 8 } }), store)).toEqual({ "{}": Infinity });
  });

  it("ignores the model scope on GPU series and refuses to group them by model", () => {
    expect(values(gauge(["DCGM_FI_DEV_POWER_USAGE"]), ctx({ by: "instance", model: "m" }), store)).toEqual({ '{"instance":"127.0.0.1:8000"}': 650 });
    expect(() => evaluateDirect(gauge(["DCGM_FI_DEV_POWER_USAGE"]), ctx({ by: "model" }), store)).toThrow(DirectEvalError);
  });

  it("refuses what renderPromQL refuses: no model label, a missing parameter, a bad window", () => {
    expect(() => evaluateDirect(rate(["new_total"]), ctx({ by: "model" }, { modelLabel: undefined }), store)).toThrow(/labels no model/);
    expect(() => evaluateDirect({ kind: "param", name: "gpu_hourly_usd" }, ctx(), store)).toThrow(/not configured/);
    expect(() => evaluateDirect(rate(["new_total"]), ctx({ by: "total" }, { windowSeconds: 0 }), store)).toThrow(/window/);
  });
});

describe("evaluateDirect: histograms", () => {
  const store = new ScrapeStore();
  for (const [i, t] of [0, 15, 30, 45, 60].entries()) {
    scrape(store, A, t, [`h_bucket{le="0.5"} ${2 * i}`, `h_bucket{le="1"} ${6 * i}`, `h_bucket{le="+Inf"} ${8 * i}`, `h_count ${8 * i}`, `h_sum ${5 * i}`, `e_bucket{le="+Inf"} 0`, "e_count 0", "e_sum 0"].join("\n"));
    scrape(store, B, t, [`h_bucket{le="0.5"} ${2 * i}`, `h_bucket{le="1.0"} ${2 * i}`, `h_bucket{le="+Inf"} ${4 * i}`, `h_count ${4 * i}`, `h_sum ${i}`].join("\n"));
  }
  const H: MetricRef = { names: ["h"] };

  it("sums bucket rates over instances before interpolating, matching le by number (\"1\" = \"1.0\")", () => {
    // Per 15 s: ≤0.5: 4, ≤1: 8, all: 12. p50 → rank 6 in (0.5, 1]: 0.5 + 0.5·2/4.
    expect(values({ kind: "quantile", q: 0.5, histogram: H }, ctx(), store)["{}"]).toBeCloseTo(0.75, 12);
    expect(values({ kind: "histogram_share_le", histogram: H, le: 1 }, ctx(), store)["{}"]).toBeCloseTo(8 / 12, 12);
    expect(values({ kind: "histogram_mean", histogram: H }, ctx(), store)["{}"]).toBeCloseTo(6 / 12, 12);
  });

  it("answers NaN for a quantile without observations and nothing for its mean", () => {
    expect(values({ kind: "quantile", q: 0.5, histogram: { names: ["e"] } }, ctx(), store)["{}"]).toBeNaN();
    expect(values({ kind: "histogram_mean", histogram: { names: ["e"] } }, ctx(), store)).toEqual({});
  });
});

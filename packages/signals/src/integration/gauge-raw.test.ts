import { describe, expect, it } from "vitest";
import type { Expr } from "../types.ts";
import { evaluateRaw, isGaugeOnly } from "./gauge-raw.ts";
import type { Snapshot } from "./snapshot.ts";

const p = (name: string, instance: string, value: number, labels: Record<string, string> = {}) => ({ name, labels: { instance, ...labels }, value });
const snapshot: Snapshot = [
  p("running", "a:1", 3, { engine: "0", model_name: "m" }),
  p("running", "a:1", 5, { engine: "1", model_name: "m" }),
  p("running", "b:1", 4, { model_name: "n" }),
  p("kv_old", "c:1", 0.5, { model_name: "n" }),
  p("kv_new", "b:1", 0.25, { model_name: "n" }),
  p("used", "a:1", 10), p("used", "b:1", 0),
  p("total", "a:1", 40), p("total", "b:1", 0),
];
const gauge = (agg: "sum" | "avg" | "max", ...names: [string, ...string[]]): Expr => ({ kind: "gauge", metric: { names }, agg });
const ctx = (by: "total" | "model" | "instance") => ({ by, modelLabel: "model_name", params: {} });

describe("evaluateRaw", () => {
  it("aggregates the raw series per scope group", () => {
    expect([...evaluateRaw(gauge("sum", "running"), snapshot, ctx("instance"))]).toEqual([["a:1", 8], ["b:1", 4]]);
    expect([...evaluateRaw(gauge("avg", "running"), snapshot, ctx("total"))]).toEqual([["", 4]]);
    expect([...evaluateRaw(gauge("max", "running"), snapshot, ctx("model"))]).toEqual([["m", 5], ["n", 4]]);
  });

  it("lets a group's first name win and older names fill only groups without it", () => {
    const kv = gauge("avg", "kv_new", "kv_old");
    expect([...evaluateRaw(kv, snapshot, ctx("instance"))]).toEqual([["b:1", 0.25], ["c:1", 0.5]]);
    expect([...evaluateRaw(kv, snapshot, ctx("model"))]).toEqual([["n", 0.25]]);
  });

  it("matches groups across a division and drops those whose denominator is 0", () => {
    const ratio: Expr = { kind: "binary", op: "/", left: gauge("sum", "used"), right: gauge("sum", "total") };
    expect([...evaluateRaw(ratio, snapshot, ctx("instance"))]).toEqual([["a:1", 0.25]]);
    const scaled: Expr = { kind: "binary", op: "*", left: gauge("sum", "used"), right: { kind: "scalar", value: 2 } };
    expect([...evaluateRaw(scaled, snapshot, ctx("total"))]).toEqual([["", 20]]);
  });

  it("tells gauge-only expressions from those that need a rate", () => {
    expect(isGaugeOnly(gauge("sum", "running"))).toBe(true);
    expect(isGaugeOnly({ kind: "rate", metric: { names: ["x"] } })).toBe(false);
    expect(() => evaluateRaw({ kind: "rate", metric: { names: ["x"] } }, snapshot, ctx("total"))).toThrow(/not a gauge/);
  });
});

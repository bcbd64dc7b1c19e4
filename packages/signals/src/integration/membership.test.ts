import { describe, expect, it } from "vitest";
import type { Expr } from "../types.ts";
import { membership, membersOf } from "./membership.ts";
import type { Snapshot } from "./snapshot.ts";

const p = (name: string, instance: string, labels: Record<string, string> = {}) => ({ name, labels: { instance, ...labels }, value: 1 });
const snapshot: Snapshot = [
  p("new_total", "a:1", { model_name: "m1", engine: "0" }),
  p("new_total", "a:1", { model_name: "m1", engine: "1" }),
  p("new_total", "b:1", { model_name: "m1" }),
  p("old_total", "c:1", { model_name: "m0" }),
  p("old_total", "b:1", { model_name: "m1" }),
  p("lat_count", "d:1", { model: "x" }),
  p("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "a:1", { gpu: "0" }),
];
const ref = { names: ["new_total", "old_total"] as [string, ...string[]] };

describe("membersOf", () => {
  it("gives each group the instances of the first name it has, as PromQL `or` of the aggregates does", () => {
    const byModel = membersOf(snapshot, { ref, suffix: "" }, "model", "model_name");
    expect([...byModel].map(([g, s]) => [g, [...s].sort()])).toEqual([["m1", ["a:1", "b:1"]], ["m0", ["c:1"]]]);
    const total = membersOf(snapshot, { ref, suffix: "" }, "total", "model_name");
    expect([...total.get("")!].sort()).toEqual(["a:1", "b:1"]);
  });

  it("puts series without the model label in the empty model group and finds histograms by _count", () => {
    const m = membersOf(snapshot, { ref: { names: ["lat"] }, suffix: "_count" }, "model", "model_name");
    expect([...m]).toEqual([["", new Set(["d:1"])]]);
  });

  it("honours a reference's label matchers", () => {
    const m = membersOf(snapshot, { ref: { names: ["new_total"], match: { engine: "1" } }, suffix: "" }, "instance", "model_name");
    expect([...m.keys()]).toEqual(["a:1"]);
  });
});

describe("membership", () => {
  it("splits the members of an energy-per-token expression into GPU and engine sides", () => {
    const e: Expr = {
      kind: "binary", op: "/",
      left: { kind: "rate", metric: { names: ["DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION"] } },
      right: { kind: "rate", metric: { names: ["old_total"] } },
    };
    const { engine, gpu } = membership(snapshot, e, "instance", "model_name");
    expect([...engine.keys()].sort()).toEqual(["b:1", "c:1"]);
    expect([...gpu.keys()]).toEqual(["a:1"]);
  });
});

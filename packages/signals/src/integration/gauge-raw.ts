// The oracle for "gauges exact at the scrape": an expression made of gauges, constants and arithmetic,
// evaluated over the raw series of one snapshot with PromQL's rules (aggregate per scope group, `or`
// of a metric's names per group, vector/vector matching on the group, x / 0 is no value).
import type { Expr, ParamName } from "../types.ts";
import { groupOf, type ScopeBy } from "./membership.ts";
import type { Snapshot } from "./snapshot.ts";

export type GroupValues = ReadonlyMap<string, number>;
type Value = { readonly scalar: number } | { readonly groups: GroupValues };

export interface RawContext {
  readonly by: ScopeBy;
  readonly modelLabel: string | undefined;
  readonly params: Partial<Record<ParamName, number>>;
}

/** true when `e` reads only gauges (no rate, no histogram): its value is a function of one scrape. */
export function isGaugeOnly(e: Expr): boolean {
  if (e.kind === "binary") return isGaugeOnly(e.left) && isGaugeOnly(e.right);
  return e.kind === "gauge" || e.kind === "scalar" || e.kind === "param";
}

export function evaluateRaw(e: Expr, snapshot: Snapshot, ctx: RawContext): GroupValues {
  const v = evaluate(e, snapshot, ctx);
  return "groups" in v ? v.groups : new Map([["", v.scalar]]);
}

function evaluate(e: Expr, snapshot: Snapshot, ctx: RawContext): Value {
  switch (e.kind) {
    case "gauge": {
      const out = new Map<string, number>();
      for (const name of e.metric.names) {
        const acc = new Map<string, number[]>();
        for (const p of snapshot) {
          if (p.name !== name || !Object.entries(e.metric.match ?? {}).every(([k, v]) => (p.labels[k] ?? "") === v)) continue;
          const g = groupOf(p.labels, ctx.by, ctx.modelLabel);
          if (out.has(g)) continue; // an earlier name already answers this group
          acc.set(g, [...(acc.get(g) ?? []), p.value]);
        }
        for (const [g, values] of acc) out.set(g, aggregate(values, e.agg));
      }
      return { groups: out };
    }
    case "scalar":
      return { scalar: e.value };
    case "param": {
      const v = ctx.params[e.name];
      if (v === undefined) throw new Error(`parameter ${e.name} not given`);
      return { scalar: v };
    }
    case "binary": {
      const [l, r] = [evaluate(e.left, snapshot, ctx), evaluate(e.right, snapshot, ctx)];
      const f = (a: number, b: number) => (e.op === "+" ? a + b : e.op === "-" ? a - b : e.op === "*" ? a * b : a / b);
      if ("scalar" in l && "scalar" in r) return { scalar: f(l.scalar, r.scalar) };
      // As rendered: a vector denominator keeps only its groups above 0.
      const right = "groups" in r && e.op === "/" ? { groups: new Map([...r.groups].filter(([, v]) => v > 0)) } : r;
      const out = new Map<string, number>();
      if ("groups" in l) {
        for (const [g, a] of l.groups) {
          const b = "scalar" in right ? right.scalar : right.groups.get(g);
          if (b !== undefined) out.set(g, f(a, b));
        }
      } else if ("groups" in right) {
        for (const [g, b] of right.groups) out.set(g, f(l.scalar, b));
      }
      return { groups: out };
    }
    default:
      throw new Error(`${e.kind} is not a gauge expression`);
  }
}

function aggregate(values: readonly number[], agg: "sum" | "avg" | "max" | "min"): number {
  if (agg === "max") return Math.max(...values);
  if (agg === "min") return Math.min(...values);
  const sum = values.reduce((s, v) => s + v, 0);
  return agg === "sum" ? sum : sum / values.length;
}

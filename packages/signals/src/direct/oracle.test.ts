import { describe, expect, it } from "vitest";
import { renderPromQL, RenderError } from "../promql.ts";
import type { Scope } from "../types.ts";
import { DirectEvalError, evaluateDirect } from "./evaluate.ts";
import { labelsKey } from "./series.ts";
import { promtoolEval, type OracleQuery } from "./testing/promtool-oracle.ts";
import { oracleSeriesOf, storeOf } from "./testing/scenario.ts";
import { EXPRESSIONS, INTERVAL_SECONDS, TARGETS } from "./testing/vllm-scenario.ts";

const SCOPES: Scope[] = [
  { by: "total" }, { by: "instance" }, { by: "model" }, { by: "total", model: "m1" },
  { by: "instance", model: "m2" }, { by: "model", instance: "127.0.0.1:8001" }, { by: "instance", instance: "127.0.0.1:8000" },
];
const WINDOWS = [60, 90];
const TIMES = [0, 15, 45, 60, 75, 97, 100, 112, 135, 150, 180, 200, 300, 420, 600];
const params = { gpu_hourly_usd: 3.5 };

interface Case { readonly name: string; readonly query: OracleQuery; readonly direct: Map<string, number> }

/** Every expression × scope × window × time: the PromQL renderPromQL writes, and direct mode's answer. */
function cases(): Case[] {
  const store = storeOf(TARGETS, INTERVAL_SECONDS);
  const out: Case[] = [];
  for (const [name, expr] of Object.entries(EXPRESSIONS)) {
    for (const scope of SCOPES) {
      for (const windowSeconds of WINDOWS) {
        const ctx = { scope, modelLabel: "model_name", windowSeconds, params };
        let promql: string;
        try {
          promql = renderPromQL(expr, { ...ctx, window: `${windowSeconds}s` });
        } catch (e) {
          if (!(e instanceof RenderError)) throw e;
          expect(() => evaluateDirect(expr, ctx, store, 0), `${name} ${JSON.stringify(scope)}`).toThrow(DirectEvalError);
          continue;
        }
        for (const at of TIMES) {
          const direct = new Map(evaluateDirect(expr, ctx, store, at * 1000).map((s) => [labelsKey(s.labels), s.value]));
          out.push({ name: `${name} ${JSON.stringify(scope)} [${windowSeconds}s] @${at}s`, query: { expr: promql, atSeconds: at }, direct });
        }
      }
    }
  }
  return out;
}

const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("direct mode against Prometheus (promtool's engine, the version CI installs)", () => {
  it("gives the same groups and values as the rendered PromQL for every expression, scope, window and time", () => {
    const all = cases();
    const oracle = promtoolEval(INTERVAL_SECONDS, oracleSeriesOf(TARGETS), all.map((c) => c.query));
    const mismatches = all.flatMap((c, i) => {
      const want = oracle[i]!;
      const same = want.size === c.direct.size && [...want].every(([k, v]) => c.direct.has(k) && close(c.direct.get(k)!, v));
      return same ? [] : [{ case: c.name, promql: c.query.expr, prometheus: Object.fromEntries(want), direct: Object.fromEntries(c.direct) }];
    });
    expect(mismatches).toEqual([]);
    // The scenario must not be vacuous: most cases have values, and some are gaps.
    expect(all.filter((c) => c.direct.size > 0).length).toBeGreaterThan(all.length / 2);
    expect(all.some((c) => [...c.direct.values()].some(Number.isNaN))).toBe(true);
  });
});

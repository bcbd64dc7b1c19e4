// Histogram windows (snapshots) in direct mode against the real Prometheus engine: every part
// (buckets by le, count, sum) × scope × window × time of the scripted vLLM history, counter reset,
// failed scrape, staleness and "1.0"/"1" le spellings included.
import { describe, expect, it } from "vitest";
import { HISTOGRAM_PARTS } from "../histogram-window.ts";
import { renderIncrease, RenderError } from "../promql.ts";
import type { MetricRef, Scope } from "../types.ts";
import { DirectEvalError, evaluateIncrease } from "./evaluate.ts";
import { labelsKey } from "./series.ts";
import { promtoolEval, type OracleQuery } from "./testing/promtool-oracle.ts";
import { oracleSeriesOf, storeOf } from "./testing/scenario.ts";
import { INTERVAL_SECONDS, TARGETS } from "./testing/vllm-scenario.ts";

const TTFT: MetricRef = { names: ["vllm:time_to_first_token_seconds", "vllm:legacy_ttft_seconds"] };
const SCOPES: Scope[] = [{ by: "total" }, { by: "instance" }, { by: "model" }, { by: "total", model: "m1" }, { by: "total", instance: "127.0.0.1:8001" }];
const WINDOWS = [60, 90];
const TIMES = [0, 30, 60, 97, 100, 135, 180];

interface Case { readonly name: string; readonly query: OracleQuery; readonly direct: Map<string, number> }

const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("histogram increases: direct mode against Prometheus (promtool's engine)", () => {
  it("gives the same groups, le labels and values as renderIncrease's PromQL for every part, scope, window and time", () => {
    const store = storeOf(TARGETS, INTERVAL_SECONDS);
    const cases: Case[] = [];
    for (const part of HISTOGRAM_PARTS) {
      for (const scope of SCOPES) {
        for (const windowSeconds of WINDOWS) {
          const ctx = { scope, modelLabel: "model_name", windowSeconds };
          let promql: string;
          try {
            promql = renderIncrease(TTFT, part, { ...ctx, window: `${windowSeconds}s` });
          } catch (e) {
            if (!(e instanceof RenderError)) throw e;
            expect(() => evaluateIncrease(TTFT, part, ctx, store, 0)).toThrow(DirectEvalError);
            continue;
          }
          for (const at of TIMES) {
            const direct = new Map(evaluateIncrease(TTFT, part, ctx, store, at * 1000).map((s) => [labelsKey(s.labels), s.value]));
            cases.push({ name: `${part} ${JSON.stringify(scope)} [${windowSeconds}s] @${at}s`, query: { expr: promql, atSeconds: at }, direct });
          }
        }
      }
    }
    const oracle = promtoolEval(INTERVAL_SECONDS, oracleSeriesOf(TARGETS), cases.map((c) => c.query));
    const mismatches = cases.flatMap((c, i) => {
      const want = oracle[i]!;
      const same = want.size === c.direct.size && [...want].every(([k, v]) => c.direct.has(k) && close(c.direct.get(k)!, v));
      return same ? [] : [{ case: c.name, promql: c.query.expr, prometheus: Object.fromEntries(want), direct: Object.fromEntries(c.direct) }];
    });
    expect(mismatches).toEqual([]);
    expect(cases.filter((c) => c.direct.size > 0).length).toBeGreaterThan(cases.length / 2);
  });
});

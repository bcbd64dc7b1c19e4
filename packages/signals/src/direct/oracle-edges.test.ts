import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../types.ts";
import { evaluateDirect } from "./evaluate.ts";
import { parseGoFloat } from "./go-float.ts";
import { bucketQuantile } from "./quantile.ts";
import { promtoolEval } from "./testing/promtool-oracle.ts";
import { oracleSeriesOf, storeOf, type ScenarioTarget } from "./testing/scenario.ts";

const same = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && ((Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))));

describe("edge cases against Prometheus (promtool)", () => {
  it("histogram_quantile: odd bucket sets give the same answer", () => {
    const CASES: [string, number][][] = [
      [["0.1", 10], ["0.5", 30], ["1", 35], ["+Inf", 40]],
      [["-1", 5], ["0", 10], ["+Inf", 20]],
      [["0", 5], ["1", 10], ["+Inf", 20]],
      [["1", 5], ["1.0", 5], ["+Inf", 10]],
      [["1e+00", 3], ["2.5", 3], ["+Inf", 9]],
      [["0.1", 10], ["0.5", 25], ["1", 20], ["2", 30], ["+Inf", 30]],
      [["0.1", 1], ["0.5", 2]],
      [["+Inf", 4]],
      [["0.1", 0], ["+Inf", 0]],
      [["+Inf", 7], ["10", 3], ["0.5", 1]],
      [["0.25", NaN], ["1", 2], ["+Inf", 4]],
      [["Inf", 4], ["2", 4]],
    ];
    const QS = [0, 0.01, 0.25, 0.5, 0.9, 0.99, 1, -0.5, 1.5];
    const series = CASES.flatMap((buckets, c) => buckets.map(([le, count]) => ({ labels: { __name__: "h_bucket", case: String(c), le }, values: [count] })));
    const queries = QS.map((q) => ({ expr: `histogram_quantile(${q}, h_bucket)`, atSeconds: 0 }));
    const got = promtoolEval(15, series, queries);
    const mismatches = QS.flatMap((q, i) => CASES.flatMap((buckets, c) => {
      const want = got[i]!.get(JSON.stringify(["case", String(c)]));
      const mine = bucketQuantile(q, buckets.map(([le, count]) => ({ upperBound: parseGoFloat(le)!, count })));
      return same(mine, want) ? [] : [{ q, case: c, prometheus: want, direct: mine }];
    }));
    expect(mismatches).toEqual([]);
    expect(got.every((g) => g.size === CASES.length)).toBe(true);
  });

  it("rate: random counters with resets, gaps and late starts give the same answer", () => {
    const slots = 40;
    const counter = fc.array(fc.record({ present: fc.integer({ min: 0, max: 9 }), inc: fc.integer({ min: 0, max: 500 }), reset: fc.integer({ min: 0, max: 14 }) }), { minLength: slots, maxLength: slots });
    const runs = fc.sample(counter, { seed: 42, numRuns: 60 });
    const bodies = Array.from({ length: slots }, (_, i) => runs.flatMap((steps, c) => {
      let v = 0;
      for (const s of steps.slice(0, i + 1)) v = s.reset === 0 ? s.inc : v + s.inc;
      return steps[i]!.present === 0 || (c % 3 === 0 && i < c % 17) ? [] : [`c_total{case="${c}"} ${v}`];
    }).join("\n"));
    const targets: ScenarioTarget[] = [{ address: "127.0.0.1:8000", bodies }];
    const store = storeOf(targets, 10);
    const cases = runs.flatMap((_, c) => [30, 60, 95].flatMap((w) => [25, 100, 207, 333, 390, 450].map((at) => ({ c, w, at }))));
    const got = promtoolEval(10, oracleSeriesOf(targets), cases.map(({ c, w, at }) => ({ expr: `sum(rate(c_total{case="${c}"}[${w}s]))`, atSeconds: at })));
    const mismatches = cases.flatMap((k, i) => {
      const expr: Expr = { kind: "rate", metric: { names: ["c_total"], match: { case: String(k.c) } } };
      const mine = evaluateDirect(expr, { scope: { by: "total" }, modelLabel: undefined, windowSeconds: k.w }, store, k.at * 1000)[0]?.value;
      const want = got[i]!.get("[]");
      return same(mine, want) ? [] : [{ ...k, prometheus: want, direct: mine }];
    });
    expect(mismatches).toEqual([]);
    expect(got.filter((g) => g.size > 0).length).toBeGreaterThan(cases.length / 2);
  });
});

import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/index.ts";
import { generateRuleFiles } from "../rules/index.ts";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.ts";
import { recordingRuleFile } from "../rules/recording.ts";
import { catalogMetricNames, recordedNames } from "./defined-names.ts";
import { metricNamesOf, PromQLLexError, selectorsOf } from "./promql-names.ts";

describe("metricNamesOf", () => {
  it("reads names with colons and skips functions, aggregators and by-lists", () => {
    expect(metricNamesOf('histogram_quantile(0.95, sum by (instance, le) (rate(vllm:ttft_bucket{model_name=~"$model"}[$__rate_interval])))'))
      .toEqual(["vllm:ttft_bucket"]);
    expect(metricNamesOf("sum without (model) (x) / on (instance) group_left (gpu) y > bool 0")).toEqual(["x", "y"]);
    expect(metricNamesOf("sum(a) by (le) or max by (instance) (b offset 5m)")).toEqual(["a", "b"]);
  });

  it("ignores strings, comments and ranges, including braces and names inside them", () => {
    expect(metricNamesOf('# vllm: not_a_metric{x="y"}\nlabel_replace(up{job="a}b"}, "model_name", "$1", "model", "(.*)")[5m:1m]')).toEqual(["up"]);
  });

  it("expands a __name__ list and refuses a regex that is not one", () => {
    expect(metricNamesOf('{__name__=~"a:b_total|c"}')).toEqual(["a:b_total", "c"]);
    expect(metricNamesOf('{__name__="a"}')).toEqual(["a"]);
    expect(() => metricNamesOf('{__name__=~"vllm:.*"}')).toThrow(PromQLLexError);
    expect(() => metricNamesOf('{job="x"}')).toThrow(/exactly one __name__/);
  });

  it("keeps each selector's matchers", () => {
    expect(selectorsOf('rate(x{a="1",b!~"2"}[1m])')).toEqual([{ names: ["x"], matchers: [{ label: "a", op: "=", value: "1" }, { label: "b", op: "!~", value: "2" }] }]);
  });

  it("fails on unterminated strings and matchers", () => {
    expect(() => metricNamesOf('x{a="1}')).toThrow(PromQLLexError);
    expect(() => metricNamesOf("x{a=}")).toThrow(PromQLLexError);
  });

  // The lexer is checked against a large body of real PromQL: the generated recording rules read
  // only catalog series (rules over rules read records).
  it("finds only catalog names and records in every generated recording rule", () => {
    const known = new Set([...catalogMetricNames(), ...recordedNames()]);
    const exprs = recordingRuleFile(CATALOG, DEFAULT_THRESHOLDS).groups.flatMap((g) => g.rules.map((r) => r.expr));
    const names = exprs.flatMap(metricNamesOf);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
    expect(generateRuleFiles(CATALOG, DEFAULT_THRESHOLDS)["throtl-recording.yml"]).toContain("vllm:time_to_first_token_seconds_bucket");
  });
});

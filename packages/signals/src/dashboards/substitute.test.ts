import { describe, expect, it } from "vitest";
import { grafanaRegexEscape, substitute } from "./substitute.ts";

describe("substitute", () => {
  it("escapes a single value the way Grafana does for a multi-value variable", () => {
    expect(grafanaRegexEscape("127.0.0.1:8000")).toBe("127\\\\.0\\\\.0\\\\.1:8000");
    expect(grafanaRegexEscape("meta-llama/Llama-3.1-8B (a|b)")).toBe("meta-llama/Llama-3\\\\.1-8B \\\\(a\\\\|b\\\\)");
  });

  it("puts values, All regexes and the rate interval in, and refuses a variable left over", () => {
    const expr = 'rate(x{instance=~"$instance",model_name=~"$model"}[$__rate_interval])';
    expect(substitute(expr, { instance: { value: "h:1" }, model: { regex: ".*" }, rateInterval: "20s" }))
      .toBe('rate(x{instance=~"h:1",model_name=~".*"}[20s])');
    expect(() => substitute("x * $gpu_count", { instance: { regex: ".+" }, model: { regex: ".*" }, rateInterval: "20s" })).toThrow(/unsubstituted/);
  });
});

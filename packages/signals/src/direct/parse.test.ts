import { describe, expect, it } from "vitest";
import { parseExposition } from "./parse.ts";
import type { ParseResult } from "./model.ts";

const samples = (text: string) => {
  const r = parseExposition(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.samples.map((s) => ({ ...s, labels: { ...s.labels } }));
};
const errorOf = (r: ParseResult) => (r.ok ? undefined : r.error);

describe("parseExposition: what Prometheus accepts", () => {
  it("reads names with colons, labels, values and optional timestamps", () => {
    expect(samples('vllm:num_requests_running{engine="0",model_name="m"} 3.0\nup 1 1700000000000\n')).toEqual([
      { name: "vllm:num_requests_running", labels: { engine: "0", model_name: "m" }, value: 3 },
      { name: "up", labels: {}, value: 1, timestampMs: 1700000000000 },
    ]);
  });

  it("reads NaN, ±Inf in Go's spellings and Go/Python float forms", () => {
    const values = samples("a NaN\nb +Inf\nc -Inf\nd Inf\ne 1.7e+09\nf 8.128902e+06\ng -0.5\nh .5\ni 5.\nj nan\nk +infinity").map((s) => s.value);
    expect(values).toEqual([NaN, Infinity, -Infinity, Infinity, 1.7e9, 8128902, -0.5, 0.5, 5, NaN, Infinity]);
  });

  it("unescapes \\\\, \\\" and \\n in label values and keeps other escapes as written", () => {
    const [s] = samples(String.raw`x{path="C:\\DIR\\FILE.TXT",error="Cannot find file:\n\"FILE.TXT\"",odd="a\tb"} 1`);
    expect(s!.labels).toEqual({ path: "C:\\DIR\\FILE.TXT", error: 'Cannot find file:\n"FILE.TXT"', odd: "a\\tb" });
  });

  it("keeps commas, braces and spaces inside label values", () => {
    expect(samples('x{lora="a,b",v="}{ 1"} 2')[0]!.labels).toEqual({ lora: "a,b", v: "}{ 1" });
  });

  it("allows whitespace between tokens, a trailing comma, an empty label set and no space after '}'", () => {
    expect(samples('x{ a = "1" , b="2", } 1\ny{} 2\nz{a="1"}3\n\t  w 4 \t').map((s) => [s.name, s.value, { ...s.labels }])).toEqual([
      ["x", 1, { a: "1", b: "2" }], ["y", 2, {}], ["z", 3, { a: "1" }], ["w", 4, {}],
    ]);
  });

  it("drops empty label values, as Prometheus does at ingestion", () => {
    expect(samples('x{a="",b="1"} 1')[0]!.labels).toEqual({ b: "1" });
  });

  it("treats __proto__ as an ordinary label name", () => {
    const r = parseExposition('x{__proto__="p",constructor="c"} 1');
    const labels = r.ok ? r.samples[0]!.labels : {};
    expect(Object.getPrototypeOf(labels)).toBeNull();
    expect(Object.entries(labels).sort()).toEqual([["__proto__", "p"], ["constructor", "c"]]);
  });

  it("skips comments and blank lines, and accepts HELP without text and TYPE lines after HELP", () => {
    const r = parseExposition("# a comment\n\n# HELP x\n#HELP is a comment too\n# TYPE x counter\nx_total 1\n\n");
    expect(r.ok && r.samples.length).toBe(1);
    expect(r.ok && r.types.get("x")).toBe("counter");
  });

  it("keeps _created series as ordinary samples", () => {
    expect(samples("# TYPE t counter\nt_total 5\nt_created 1.7e9").map((s) => s.name)).toEqual(["t_total", "t_created"]);
  });

  it("stops at OpenMetrics' # EOF and accepts its type words", () => {
    const r = parseExposition("# TYPE i info\ni_info{v=\"1\"} 1\n# TYPE s unknown\ns 2\n# EOF\n");
    expect(r.ok && r.samples.length).toBe(2);
  });

  it("accepts an empty body (a target with no series) and a missing final newline", () => {
    expect(samples("")).toEqual([]);
    expect(samples("x 1")).toHaveLength(1);
  });
});

describe("parseExposition: refusals carry the line, column and reason", () => {
  const cases: [string, string, number, number, RegExp][] = [
    ["truncated label value", 'a 1\nb{x="1', 2, 7, /unterminated value of label "x"/],
    ["truncated after name", "a 1\nb", 2, 2, /expected a value for "b"/],
    ["missing value", "a{x=\"1\"}", 1, 9, /expected a value/],
    ["bad value", "a 1,5", 1, 3, /invalid value "1,5"/],
    ["hex value", "a 0x10", 1, 3, /invalid value/],
    ["empty value after labels", 'a{b="c"} ', 1, 10, /expected a value/],
    ["bad timestamp", "a 1 12.5", 1, 5, /invalid timestamp/],
    ["text after timestamp", "a 1 2 3", 1, 7, /unexpected text after the timestamp/],
    ["bad metric name", "1a 1", 1, 1, /expected a metric name/],
    ["bad character in name", "a-b 1", 1, 2, /unexpected character "-"/],
    ["unquoted label value", "a{b=c} 1", 1, 5, /expected '"'/],
    ["label without =", 'a{b"c"} 1', 1, 4, /expected '='/],
    ["bad label name", 'a{1b="c"} 1', 1, 3, /expected a label name/],
    ["missing comma", 'a{b="1" c="2"} 1', 1, 9, /expected ',' or '}'/],
    ["duplicate label", 'a{b="1",b="2"} 1', 1, 10, /duplicate label "b"/],
    ["second HELP", "# HELP a x\n# HELP a y\na 1", 2, 8, /second HELP line for a/],
    ["second TYPE", "# TYPE a gauge\na 1\n# TYPE a gauge", 3, 8, /second TYPE line for a/],
    ["unknown type", "# TYPE a gauges", 1, 10, /unknown metric type "gauges"/],
    ["TYPE without name", "# TYPE ", 1, 8, /expected a metric name after # TYPE/],
    ["content after EOF", "a 1\n# EOF\nb 2", 3, 1, /content after "# EOF" on line 2/],
    ["CRLF", "a 1\r\nb 2", 1, 4, /carriage return/],
    ["NUL byte", "a 1\nb\u0000 2", 2, 2, /NUL byte/],
  ];
  it.each(cases)("%s", (_name, text, line, column, reason) => {
    const e = errorOf(parseExposition(text));
    expect(e).toMatchObject({ line, column });
    expect(e!.reason).toMatch(reason);
  });

  it("quotes at most 120 characters of the offending line", () => {
    const e = errorOf(parseExposition(`x{a="${"v".repeat(500)}`));
    expect(e!.excerpt.length).toBeLessThanOrEqual(121);
  });
});

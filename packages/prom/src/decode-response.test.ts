import { describe, expect, it } from "vitest";
import { convertQueryData } from "./convert-query-data.ts";
import { convertTargets } from "./convert-targets.ts";
import { decodeResponse } from "./decode-response.ts";
import { PromBadResponseError, PromQueryError } from "./errors.ts";
import { wireQueryDataSchema, wireTargetsDataSchema } from "./wire-schemas.ts";

// Bodies copied from Prometheus 2.42 answers (see client.integration.test.ts for the live ones).
const decodeQuery = (body: unknown, httpStatus = 200) =>
  decodeResponse({
    httpStatus,
    body: typeof body === "string" ? body : JSON.stringify(body),
    expr: "up",
    dataSchema: wireQueryDataSchema,
    convert: (w) => convertQueryData(w),
  });

const catchErr = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
};

describe("decodeResponse: success envelopes", () => {
  it("vector: labels kept, values parsed, ts to ms", () => {
    const r = decodeQuery({
      status: "success",
      data: {
        resultType: "vector",
        result: [
          { metric: { __name__: "g_inf", job: "t" }, value: [1795371259.047, "+Inf"] },
          { metric: { job: "t" }, value: [1795371259.047, "3e-07"] },
        ],
      },
    });
    expect(r).toEqual({
      data: {
        resultType: "vector",
        result: [
          { metric: { __name__: "g_inf", job: "t" }, value: { timeMs: 1795371259047, value: Infinity }, histogram: null },
          { metric: { job: "t" }, value: { timeMs: 1795371259047, value: 3e-7 }, histogram: null },
        ],
      },
      warnings: [],
      infos: [],
    });
  });

  it("matrix: samples in order, gaps stay absent, NaN stays NaN", () => {
    const r = decodeQuery({
      status: "success",
      data: { resultType: "matrix", result: [{ metric: { job: "t" }, values: [[10, "3"], [12, "NaN"]] }] },
    });
    expect(r.data).toEqual({
      resultType: "matrix",
      result: [{ metric: { job: "t" }, values: [{ timeMs: 10_000, value: 3 }, { timeMs: 12_000, value: NaN }], histograms: [] }],
    });
  });

  it("scalar and string", () => {
    expect(decodeQuery({ status: "success", data: { resultType: "scalar", result: [1795371259.057, "-Inf"] } }).data).toEqual({
      resultType: "scalar",
      result: { timeMs: 1795371259057, value: -Infinity },
    });
    // A string result is text: "NaN" here must stay the string "NaN".
    expect(decodeQuery({ status: "success", data: { resultType: "string", result: [1.5, "NaN"] } }).data).toEqual({
      resultType: "string",
      result: { timeMs: 1500, value: "NaN" },
    });
  });

  it("native histogram samples", () => {
    const r = decodeQuery({
      status: "success",
      data: {
        resultType: "vector",
        result: [{ metric: {}, histogram: [2, { count: "3", sum: "1.5", buckets: [[0, "0.5", "1", "2"], [3, "-Inf", "+Inf", "1"]] }] }],
      },
    });
    expect(r.data.resultType === "vector" && r.data.result[0]).toEqual({
      metric: {},
      value: null,
      histogram: {
        timeMs: 2000,
        count: 3,
        sum: 1.5,
        buckets: [
          { boundaryRule: 0, lower: 0.5, upper: 1, count: 2 },
          { boundaryRule: 3, lower: -Infinity, upper: Infinity, count: 1 },
        ],
      },
    });
  });

  it("passes warnings and infos through", () => {
    const r = decodeQuery({
      status: "success",
      data: { resultType: "vector", result: [] },
      warnings: ["PromQL warning: encountered a mix of histograms and floats"],
      infos: ["PromQL info: metric might not be a counter"],
    });
    expect(r.warnings).toEqual(["PromQL warning: encountered a mix of histograms and floats"]);
    expect(r.infos).toEqual(["PromQL info: metric might not be a counter"]);
  });

  it("targets: sentinels become null", () => {
    const target = {
      discoveredLabels: { __address__: "127.0.0.1:1" },
      labels: { instance: "127.0.0.1:1", job: "t" },
      scrapePool: "t",
      scrapeUrl: "http://127.0.0.1:1/metrics",
      globalUrl: "http://vm:1/metrics",
      lastError: "",
      lastScrape: "0001-01-01T00:00:00Z",
      lastScrapeDuration: 0,
      health: "unknown",
      scrapeInterval: "1s",
      scrapeTimeout: "1s",
    };
    const r = decodeResponse({
      httpStatus: 200,
      body: JSON.stringify({ status: "success", data: { activeTargets: [target, { ...target, health: "down", lastError: "connection refused", lastScrape: "2026-11-22T18:14:18.861563063Z", lastScrapeDuration: 0.005 }], droppedTargets: [] } }),
      expr: "targets",
      dataSchema: wireTargetsDataSchema,
      convert: convertTargets,
    });
    const [never, down] = r.data.activeTargets;
    expect(never).toMatchObject({ health: "unknown", lastError: null, lastScrapeMs: null, lastScrapeDurationMs: null });
    expect(down).toMatchObject({ health: "down", lastError: "connection refused", lastScrapeMs: Date.parse("2026-11-22T18:14:18.861Z"), lastScrapeDurationMs: 5 });
  });
});

describe("decodeResponse: error envelopes", () => {
  it("bad_data (400) becomes PromQueryError with Prometheus' text and the expression", () => {
    const e = catchErr(() =>
      decodeQuery({ status: "error", errorType: "bad_data", error: 'invalid parameter "query": 1:5: parse error: unclosed left parenthesis' }, 400),
    );
    expect(e).toBeInstanceOf(PromQueryError);
    expect(e).toMatchObject({ kind: "query", errorType: "bad_data", httpStatus: 400, expr: "up" });
    expect((e as Error).message).toBe(
      'Prometheus rejected "up" (HTTP 400 bad_data): invalid parameter "query": 1:5: parse error: unclosed left parenthesis',
    );
  });

  it("execution (422) and timeout (503) keep their errorType", () => {
    const exec = catchErr(() => decodeQuery({ status: "error", errorType: "execution", error: "invalid regular expression in label_replace(): (" }, 422));
    expect(exec).toMatchObject({ kind: "query", errorType: "execution", httpStatus: 422, promMessage: "invalid regular expression in label_replace(): (" });
    const timeout = catchErr(() => decodeQuery({ status: "error", errorType: "timeout", error: "query timed out in expression evaluation", warnings: ["w"] }, 503));
    expect(timeout).toMatchObject({ kind: "query", errorType: "timeout", warnings: ["w"] });
  });
});

describe("decodeResponse: bad responses name the field", () => {
  const bad = (body: unknown, httpStatus = 200) => {
    const e = catchErr(() => decodeQuery(body, httpStatus));
    expect(e).toBeInstanceOf(PromBadResponseError);
    return e as PromBadResponseError;
  };

  it("non-JSON body, with a hint on 503", () => {
    const e = bad("<html><body>502 Bad Gateway</body></html>", 502);
    expect(e).toMatchObject({ kind: "bad-response", field: "body", httpStatus: 502 });
    expect(e.message).toContain("not JSON: \"<html><body>502 Bad Gateway</body></html>\"");
    expect(bad("Service Unavailable", 503).message).toContain("still starting");
  });

  it("envelope fields", () => {
    expect(bad({}).field).toBe("status");
    expect(bad({ status: "error" }).field).toBe("errorType");
    expect(bad([1]).field).toBe("(root)");
  });

  it("data fields, down to the sample", () => {
    expect(bad({ status: "success" }).field).toBe("data");
    expect(bad({ status: "success", data: { resultType: "table", result: [] } }).field).toBe("data.resultType");
    expect(bad({ status: "success", data: { resultType: "vector", result: [{ metric: {}, value: [1, 2] }] } }).field).toBe("data.result[0].value[1]");
    expect(bad({ status: "success", data: { resultType: "vector", result: [{ metric: {} }] } }).message).toMatch(/data\.result\[0\]: expected exactly one of value or histogram/);
    expect(bad({ status: "success", data: { resultType: "matrix", result: [{ metric: { a: 1 }, values: [] }] } }).field).toBe("data.result[0].metric.a");
  });

  it("a value string that is not a number, with its path", () => {
    const e = bad({ status: "success", data: { resultType: "matrix", result: [{ metric: {}, values: [[1, "1"], [2, "one"]] }] } });
    expect(e.field).toBe("data.result[0].values[1][1]");
    expect(e.detail).toBe('not a sample value: "one"');
  });
});

// Wire query data → typed query data, the single conversion step. Each value goes through
// parseSampleValue with its JSON path, so a bad value is reported where it is, e.g.
// `data.result[2].values[7][1]`.
import { parseSampleValue } from "./sample-value.ts";
import { fromPromTime } from "./time.ts";
import type { HistogramSample, MatrixSeries, QueryData, Sample, VectorElement } from "./types.ts";
import type { WireHistogramSample, WireQueryData, WireSample } from "./wire-schemas.ts";

export function convertSample([t, v]: WireSample, path: string): Sample {
  return { timeMs: fromPromTime(t), value: parseSampleValue(v, `${path}[1]`) };
}

export function convertHistogramSample([t, h]: WireHistogramSample, path: string): HistogramSample {
  return {
    timeMs: fromPromTime(t),
    count: parseSampleValue(h.count, `${path}[1].count`),
    sum: parseSampleValue(h.sum, `${path}[1].sum`),
    buckets: (h.buckets ?? []).map(([boundaryRule, lower, upper, count], i) => {
      const at = `${path}[1].buckets[${i}]`;
      return {
        boundaryRule,
        lower: parseSampleValue(lower, `${at}[1]`),
        upper: parseSampleValue(upper, `${at}[2]`),
        count: parseSampleValue(count, `${at}[3]`),
      };
    }),
  };
}

export function convertQueryData(wire: WireQueryData, path = "data"): QueryData {
  const at = `${path}.result`;
  switch (wire.resultType) {
    case "vector":
      return {
        resultType: "vector",
        result: wire.result.map(
          (e, i): VectorElement => ({
            metric: e.metric,
            value: e.value ? convertSample(e.value, `${at}[${i}].value`) : null,
            histogram: e.histogram ? convertHistogramSample(e.histogram, `${at}[${i}].histogram`) : null,
          }),
        ),
      };
    case "matrix":
      return {
        resultType: "matrix",
        result: wire.result.map(
          (s, i): MatrixSeries => ({
            metric: s.metric,
            values: (s.values ?? []).map((v, j) => convertSample(v, `${at}[${i}].values[${j}]`)),
            histograms: (s.histograms ?? []).map((h, j) => convertHistogramSample(h, `${at}[${i}].histograms[${j}]`)),
          }),
        ),
      };
    case "scalar":
      return { resultType: "scalar", result: convertSample(wire.result, at) };
    case "string":
      // A string result's value is text, not a number: it must not go through the sample parser.
      return { resultType: "string", result: { timeMs: fromPromTime(wire.result[0]), value: wire.result[1] } };
  }
}

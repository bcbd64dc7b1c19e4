import { describe, expect, it } from "vitest";
import { exposedBounds, histogramUnit, sameBounds } from "./exposed-buckets.ts";

describe("exposed buckets", () => {
  const p = (instance: string, le: string) => ({ name: "lat_bucket", labels: { instance, le }, value: 1 });
  const snapshot = [p("a:1", "0.1"), p("a:1", "1.0"), p("a:1", "+Inf"), p("b:1", "1e+06"), { name: "lat_count", labels: { instance: "a:1" }, value: 3 }];

  it("reads the finite le bounds of the given instances, in every client library's spelling", () => {
    expect(exposedBounds(snapshot, { names: ["lat"] }, new Set(["a:1"]))).toEqual([0.1, 1]);
    expect(exposedBounds(snapshot, { names: ["lat"] }, new Set(["a:1", "b:1"]))).toEqual([0.1, 1, 1e6]);
  });

  it("compares bound lists as numbers", () => {
    expect(sameBounds([0.1, 1], [0.1, 1.0])).toBe(true);
    expect(sameBounds([0.1, 1], [0.1, 2])).toBe(false);
    expect(sameBounds([0.1], [0.1, 1])).toBe(false);
  });

  it("takes a histogram's unit from its name", () => {
    expect(["nv_inference_first_response_histogram_ms", "x_duration_us", "vllm:e2e_request_latency_seconds"].map(histogramUnit)).toEqual([0.001, 1e-6, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { defaultFormValues, fieldErrors, toRunBody } from "./load-form.ts";

const base = defaultFormValues("fake", { ttft: 0.5, itl: 0.1 });

describe("toRunBody", () => {
  it("sends the chosen workload's fields only, blanks left out, SLOs from the panel's defaults", () => {
    expect(toRunBody(base)).toEqual({
      endpoint: "fake", workload: { kind: "poisson", rate: "2", promptTokens: "200", outputTokens: "200" },
      durationSeconds: "30", maxRequests: "1000", stream: true, api: "completions", slo: { ttft: "0.5", itl: "0.1", e2e: undefined },
    });
    expect(toRunBody({ ...base, kind: "concurrency", concurrency: " 8 " }).workload).toEqual({ kind: "concurrency", concurrency: "8", promptTokens: "200", outputTokens: "200" });
    expect(toRunBody({ ...base, kind: "trace", trace: "code", speedup: "20", limit: "" }).workload).toEqual({ kind: "trace", trace: "code", speedup: "20", limit: undefined });
  });
});

describe("fieldErrors", () => {
  it("puts each API issue under its form field, the first one per field, and unknown paths on the form", () => {
    expect(fieldErrors([
      { path: "workload.rate", message: "Too small" }, { path: "workload.rate", message: "second" },
      { path: "slo.ttft", message: "bad ttft" }, { path: "durationSeconds", message: "Too big" }, { path: "(body)", message: "not an object" },
    ])).toEqual({ rate: "Too small", sloTtft: "bad ttft", durationSeconds: "Too big", form: "(body): not an object" });
  });
});

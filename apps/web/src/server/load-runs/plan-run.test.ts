import { describe, expect, it } from "vitest";
import { planRun } from "./plan-run.ts";
import { runRequestSchema } from "./run-request.ts";

const req = (over: object) => runRequestSchema.parse({ endpoint: "e", durationSeconds: 10, maxRequests: 1000, workload: { kind: "constant", rate: 2 }, ...over });
const URL_ = "http://127.0.0.1:8000";

describe("planRun", () => {
  it("a rate run spans the duration: the spec's stop is the span when the cap is not reached", () => {
    const { spec, plan, planned } = planRun(req({}), URL_, "m");
    expect(spec.workload).toMatchObject({ kind: "rate", arrivals: { kind: "constant", rate: 2 }, stop: { seconds: 10 } });
    expect(planned).toBe(20);
    expect(plan.kind).toBe("open");
    expect(spec.request).toEqual({ promptFormat: "tokens", temperature: 0, ignoreEos: true });
  });

  it("writes the request cap into the spec when it ends the run first (same arrivals, a prefix)", () => {
    const uncapped = planRun(req({ workload: { kind: "poisson", rate: 50 } }), URL_, "m");
    const capped = planRun(req({ workload: { kind: "poisson", rate: 50 }, maxRequests: 7 }), URL_, "m");
    expect(capped.spec.workload).toMatchObject({ stop: { requests: 7 } });
    const at = (p: typeof capped) => (p.plan.kind === "open" ? p.plan.requests.map((r) => r.at) : []);
    expect(at(capped)).toEqual(at(uncapped).slice(0, 7));
  });

  it("a closed loop stops at the span, with the request cap on top", () => {
    const { spec, plan } = planRun(req({ workload: { kind: "concurrency", concurrency: 3 }, maxRequests: 50 }), URL_, "m");
    expect(spec.workload).toMatchObject({ kind: "concurrency", concurrency: 3, stop: { seconds: 10 } });
    expect(plan).toMatchObject({ kind: "closed", concurrency: 3, seconds: 10, requests: 50 });
  });

  it("the chat API sends text prompts", () => {
    expect(planRun(req({ api: "chat", stream: false }), URL_, "m").spec).toMatchObject({ target: { endpoint: "chat", stream: false }, request: { promptFormat: "text" } });
  });

  it("a trace replay keeps the rows due within the span and records that as its limit", () => {
    const { spec, planned, sendSeconds } = planRun(req({ workload: { kind: "trace", trace: "conv", speedup: 1 }, durationSeconds: 30 }), URL_, "m");
    expect(spec.workload).toMatchObject({ kind: "trace", format: "azure", speedup: 1, limit: planned });
    expect(planned).toBeGreaterThan(1);
    expect(sendSeconds).toBeLessThan(30);
  });
});

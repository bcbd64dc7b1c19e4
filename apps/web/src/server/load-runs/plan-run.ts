// Panel request → the load generator's RunSpec and Plan. The spec is what a results file embeds, so
// bounds are written into it (stop, trace limit) wherever the spec can say them: a replay repeats the run.
import { buildPlan, loadTrace, runSpecSchema, type Plan, type RunSpec, type Workload } from "@throtl/loadgen";
import { BUNDLED_TRACES, type ParsedTrace } from "@throtl/workload";
import type { RunRequest, RunWorkload } from "./run-request.ts";

export interface PlannedRun {
  readonly spec: RunSpec;
  readonly plan: Plan;
  /** Requests the run will send at most. */
  readonly planned: number;
  /** When the last request is due (open loop) or the loop stops (closed), seconds after the start. */
  readonly sendSeconds: number;
}

type TraceLoader = (w: Parameters<typeof loadTrace>[0]) => { trace: ParsedTrace; sha256: string };

/** IO only through `readTrace` (the bundled trace file); everything else is pure. */
export function planRun(req: RunRequest, url: string, model: string, readTrace: TraceLoader = loadTrace): PlannedRun {
  const w = req.workload;
  const base = {
    version: 1 as const,
    target: { url, endpoint: req.api, model, stream: req.stream },
    request: { promptFormat: req.api === "chat" ? ("text" as const) : ("tokens" as const), temperature: 0, ignoreEos: true },
    seed: req.seed,
    timeoutSeconds: req.timeoutSeconds,
    slo: { ...req.slo, percentile: 95 as const },
  };
  const specOf = (workload: Workload) => runSpecSchema.parse({ ...base, workload });
  if (w.kind === "trace") return planTrace(w, req, specOf, readTrace);
  const lengths = { kind: "fixed" as const, promptTokens: w.promptTokens, outputTokens: w.outputTokens };
  if (w.kind === "concurrency") {
    const spec = specOf({ kind: "concurrency", concurrency: w.concurrency, lengths, stop: { seconds: req.durationSeconds } });
    // The spec's stop is a span; the panel's request cap is a safety bound on top (a replay omits it).
    const plan = { ...(buildPlan(spec) as Extract<Plan, { kind: "closed" }>), requests: req.maxRequests };
    return { spec, plan, planned: req.maxRequests, sendSeconds: req.durationSeconds };
  }
  const arrivals = { kind: w.kind, rate: w.rate };
  let spec = specOf({ kind: "rate", arrivals, lengths, stop: { seconds: req.durationSeconds } });
  let plan = buildPlan(spec);
  // Same seed, same draws: the first maxRequests arrivals of a count stop are the span's first ones.
  if (plan.kind === "open" && plan.requests.length > req.maxRequests) {
    spec = specOf({ kind: "rate", arrivals, lengths, stop: { requests: req.maxRequests } });
    plan = buildPlan(spec);
  }
  return openRun(spec, plan, req.durationSeconds);
}

function planTrace(w: Extract<RunWorkload, { kind: "trace" }>, req: RunRequest, specOf: (w: Workload) => RunSpec, readTrace: TraceLoader): PlannedRun {
  const file = BUNDLED_TRACES[w.trace];
  const limit = Math.min(w.limit ?? Number.POSITIVE_INFINITY, req.maxRequests);
  const draft = { kind: "trace" as const, file, format: "azure" as const, speedup: w.speedup, ...(Number.isFinite(limit) ? { limit } : {}) };
  const { trace, sha256 } = readTrace(draft);
  // Rows due after the run's span are cut by a row limit, which the spec can record.
  const within = Math.max(1, trace.requests.filter((r) => r.arrival < req.durationSeconds).length);
  const kept = within < trace.requests.length ? { ...trace, requests: trace.requests.slice(0, within) } : trace;
  const spec = specOf({ ...draft, sha256, limit: kept.requests.length });
  return openRun(spec, buildPlan(spec, kept), req.durationSeconds);
}

function openRun(spec: RunSpec, plan: Plan, durationSeconds: number): PlannedRun {
  const requests = plan.kind === "open" ? plan.requests : [];
  return { spec, plan, planned: requests.length, sendSeconds: requests.at(-1)?.at ?? durationSeconds };
}

/** The load generator as a library: what the bench and other tools drive without the CLI. */
export { runSpecSchema, type RunSpec, type SloSpec, type Workload } from "./spec/run-spec.ts";
export { InputError, loadTrace } from "./spec/load-trace.ts";
export { listModels, TargetError } from "./client/models.ts";
export { buildPlan, type Plan, type PlannedRequest } from "./plan/plan.ts";
export { HttpClient, type HttpClientOptions } from "./client/http-client.ts";
export type { Exchange, ErrorKind } from "./client/exchange.ts";
export { runLoad, type RunHooks, type RunOptions, type RunOutcome } from "./run/runner.ts";
export type { RequestResult } from "./run/result.ts";
export { summarizeRun, type RunSummary } from "./report/summary.ts";
export type { ResultsFile } from "./report/results-file.ts";
export { LiveStats, type LiveSeries, type LiveSnapshot } from "./tui/live-stats.ts";
export { runCli } from "./cli/run-cli.ts";

export { createFakeBackend, type FakeBackend, type FakeBackendOptions } from "./server/backend.ts";
export type { ControlInfo } from "./server/app-deps.ts";
export type { GroundTruthCounters, RecordsPage, SeqRecord } from "./server/ground-truth.ts";
export type { ErrorBody } from "./server/errors.ts";
export { STOP_LENGTH_MEDIAN, STOP_LENGTH_SIGMA } from "./server/stop-length.ts";
export { parseServeArgs, type ServeArgs } from "./cli/serve-args.ts";
export { CliError } from "./cli/parse-flags.ts";
export { startupSummary } from "./cli/startup-summary.ts";
export { FLAVORS, type Flavor } from "./flavors.ts";

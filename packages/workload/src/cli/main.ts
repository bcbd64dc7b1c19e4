/**
 * `npm run simulate`. It lives in @throtl/workload, not in @throtl/simulator/src/cli: replaying a trace
 * needs the trace parsers, and workload already depends on simulator, so a simulator CLI importing
 * workload would make the two packages depend on each other. Here the arrow points one way.
 */
import { readTrace } from "../read-trace.ts";
import { runSimulateCli } from "./simulate-cli.ts";

process.exitCode = runSimulateCli(process.argv.slice(2), {
  readTrace,
  now: () => performance.now() / 1000,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});

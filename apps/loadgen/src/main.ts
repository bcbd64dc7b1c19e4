import { readFileSync, writeFileSync } from "node:fs";
import { runCli } from "./cli/run-cli.ts";

/** `npm run load -- [flags]`: the first SIGINT stops the run and writes the partial report; a second exits. */
const stop = new AbortController();
process.once("SIGINT", () => {
  stop.abort();
  process.once("SIGINT", () => process.exit(130));
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: process.stdout,
  err: (s) => process.stderr.write(s),
  stop: stop.signal,
  readText: (p) => readFileSync(p, "utf8"),
  writeText: (p, t) => writeFileSync(p, t),
  now: () => new Date(),
});

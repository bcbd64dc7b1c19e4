import { TraceHeaderError, TraceRowError } from "@throtl/workload";
import { TargetError } from "../client/models.ts";
import { InputError } from "../spec/load-trace.ts";
import { parseCliArgs, type CliArgs } from "./args.ts";
import type { CliDeps } from "./cli-deps.ts";
import { CliError } from "./cli-error.ts";
import { USAGE } from "./flags.ts";
import { resolveSpec } from "./resolve-spec.ts";
import { runCapacity } from "./run-capacity.ts";
import { runOnce } from "./run-once.ts";

/**
 * The CLI as a function: flags → spec → run or search → exit code. 2: bad flags or input (nothing sent);
 * 1: the server cannot be used, or the SLO was missed; 130: interrupted (partial results written).
 */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    deps.err(`usage: npm run load -- [flags]   (--help lists them)\nthrotl-load: error: ${e.message}\n`);
    return 2;
  }
  if (args.help) {
    deps.out.write(USAGE);
    return 0;
  }
  try {
    const resolved = await resolveSpec(args, deps.readText);
    return resolved.spec.search ? await runCapacity(resolved, args, deps) : await runOnce(resolved, args, deps);
  } catch (e) {
    if (e instanceof InputError || e instanceof TraceRowError || e instanceof TraceHeaderError) {
      deps.err(`throtl-load: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof TargetError) {
      deps.err(`throtl-load: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

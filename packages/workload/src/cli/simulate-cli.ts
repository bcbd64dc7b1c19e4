import { EngineConfigError } from "@throtl/simulator";
import { TraceHeaderError, TraceRowError } from "../errors.ts";
import { parseSimulateArgs } from "./args.ts";
import { CliError } from "./cli-error.ts";
import { USAGE } from "./flags.ts";
import { formatJson } from "./format-json.ts";
import { formatTable } from "./format-table.ts";
import { runSimulation, type SimulateDeps } from "./run-simulation.ts";

export interface CliIo extends SimulateDeps {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The whole CLI minus process globals: returns the exit code. 2 for a bad command line or a config vLLM
 * would refuse (naming the flag), 1 for an unreadable or malformed trace (naming file and line).
 */
export function runSimulateCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseSimulateArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    const report = runSimulation(args, io);
    io.out(args.json ? formatJson(report) : formatTable(report));
    return 0;
  } catch (e) {
    if (e instanceof CliError) return fail(io, e.message, 2);
    if (e instanceof EngineConfigError) return fail(io, `argument ${e.flag}: ${e.message}`, 2);
    if (e instanceof RangeError && e.message.startsWith("invalid trace option")) return fail(io, e.message, 2);
    if (e instanceof TraceRowError || e instanceof TraceHeaderError || (e instanceof Error && e.message.startsWith("cannot read trace"))) return fail(io, e.message, 1);
    throw e;
  }
}

function fail(io: CliIo, message: string, code: number): number {
  io.err(`simulate: error: ${message}\n`);
  return code;
}

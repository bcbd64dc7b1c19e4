import { parseArgs } from "node:util";
import { FLAG_OPTIONS } from "./flag-specs.ts";

/** A command line the CLI refuses (exit code 2), naming the flag like argparse does. */
export class CliError extends Error {
  constructor(readonly flag: string | undefined, message: string) {
    super(flag ? `argument ${flag}: ${message}` : message);
    this.name = "CliError";
  }
}

export type RawFlags = { -readonly [K in keyof typeof FLAG_OPTIONS]?: (typeof FLAG_OPTIONS)[K]["type"] extends "boolean" ? boolean : string };

/**
 * Strict parse into raw strings and booleans. `vllm serve MODEL` takes the model as a positional;
 * for `--x` / `--no-x` pairs the last one given wins, as with argparse's BooleanOptionalAction.
 */
export function parseFlags(argv: readonly string[]): RawFlags {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAG_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw toCliError(e as Error & { code?: string });
  }
  const flags: RawFlags = { ...parsed.values };
  for (const base of ["enable-prefix-caching", "enable-chunked-prefill"] as const) {
    const last = parsed.tokens.filter((t) => t.kind === "option" && (t.name === base || t.name === `no-${base}`)).pop();
    delete flags[base];
    delete flags[`no-${base}`];
    if (last?.kind === "option") flags[last.name as typeof base] = true;
  }
  if (parsed.positionals.length > 1) throw new CliError(undefined, `unrecognized arguments: ${parsed.positionals.slice(1).join(" ")}`);
  const positional = parsed.positionals[0];
  if (positional !== undefined) {
    if (flags.model !== undefined && flags.model !== positional) {
      throw new CliError("--model", `given both as a positional (${positional}) and as --model (${flags.model})`);
    }
    flags.model = positional;
  }
  return flags;
}

function toCliError(e: Error & { code?: string }): CliError {
  const flag = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new CliError(undefined, `unrecognized arguments: ${flag ?? e.message}`);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new CliError(flag, e.message.includes("argument missing") ? "expected one argument" : e.message);
  }
  return new CliError(flag, e.message);
}

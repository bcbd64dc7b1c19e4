import { readFileSync } from "node:fs";
import { parseTrace } from "./parse-trace.ts";
import type { TraceOptions } from "./options.ts";
import type { ParsedTrace } from "./types.ts";

/** The IO edge: reads a UTF-8 trace file and parses it (errors name `path` and the line). */
export function readTrace(path: string, options: TraceOptions = {}): ParsedTrace {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read trace ${path}: ${(e as Error).message}`, { cause: e });
  }
  return parseTrace(text, path, options);
}

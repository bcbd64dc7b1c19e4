import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseTrace, type ParsedTrace } from "@throtl/workload";
import type { Workload } from "./run-spec.ts";

type TraceWorkload = Extract<Workload, { kind: "trace" }>;

/** Input the CLI refuses before sending anything (exit 2): an unreadable or changed file. */
export class InputError extends Error {
  override name = "InputError";
}

/**
 * The IO edge for traces: reads the file once, hashes it and parses it with @throtl/workload (whose
 * TraceRowError / TraceHeaderError name the file and line). A replay passes the hash it recorded.
 */
export function loadTrace(w: Omit<TraceWorkload, "sha256">, expectedSha256?: string): { trace: ParsedTrace; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(w.file);
  } catch (e) {
    throw new InputError(`cannot read trace ${w.file}: ${(e as Error).message}`, { cause: e });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
    throw new InputError(`${w.file} changed since the recorded run (sha256 ${sha256.slice(0, 12)}…, recorded ${expectedSha256.slice(0, 12)}…): the replay would not send the same requests`);
  }
  const trace = parseTrace(bytes.toString("utf8"), w.file, { format: w.format, speedup: w.speedup, start: w.start, limit: w.limit });
  return { trace, sha256 };
}

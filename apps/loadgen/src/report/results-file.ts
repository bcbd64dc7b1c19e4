import { z } from "zod";
import type { CapacityReport } from "../capacity/search-loop.ts";
import { runSpecSchema, type RunSpec } from "../spec/run-spec.ts";
import type { RunSummary } from "./summary.ts";

/** The results file: the spec that produced it (replayable as is) and a run's summary or a search's curve. */
export interface ResultsFile {
  readonly tool: "throtl-load";
  readonly version: 1;
  readonly startedAt: string;
  readonly interrupted: boolean;
  readonly spec: RunSpec;
  readonly summary?: RunSummary;
  readonly capacity?: CapacityReport;
}

/** Only the spec matters for a replay; the rest may come from another version of the tool. */
const replayable = z.looseObject({ tool: z.literal("throtl-load"), spec: runSpecSchema });

/** The spec inside a results file's text, or an Error naming the file and the first bad field. */
export function specFromResults(text: string, file: string): RunSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON: ${(e as Error).message}`, { cause: e });
  }
  const r = replayable.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${file}: not a throtl-load results file: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data.spec;
}

/** JSON with NaN and ±Infinity as null: a value that does not exist is not a zero. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

import { TraceRowError } from "./errors.ts";
import { forEachDataLine } from "./lines.ts";
import { parseCount, parseSeconds } from "./numbers.ts";
import type { TraceCollector } from "./collector.ts";

/** BurstGPT (HPMLL/BurstGPT): Timestamp is seconds from 0:00 of the first day. */
export const BURSTGPT_COLUMNS = ["Timestamp", "Model", "Request tokens", "Response tokens", "Total tokens", "Log Type"] as const;

/** Reads every data row of a BurstGPT trace into `out`; Response tokens 0 marks a failed request. */
export function readBurstGptRows(text: string, file: string, out: TraceCollector): void {
  forEachDataLine(text, (line, lineNo) => {
    const f = line.split(",");
    if (f.length !== BURSTGPT_COLUMNS.length) {
      throw new TraceRowError(file, lineNo, `expected ${BURSTGPT_COLUMNS.length} fields (${BURSTGPT_COLUMNS.join(",")})`, line);
    }
    const t = parseSeconds(f[0]!);
    if (Number.isNaN(t)) throw new TraceRowError(file, lineNo, "Timestamp must be a number of seconds >= 0", line);
    if (f[1]!.length === 0) throw new TraceRowError(file, lineNo, "Model is empty", line);
    const prompt = parseCount(f[2]!);
    if (Number.isNaN(prompt)) throw new TraceRowError(file, lineNo, "Request tokens must be an integer >= 0", line);
    const output = parseCount(f[3]!);
    if (Number.isNaN(output)) throw new TraceRowError(file, lineNo, "Response tokens must be an integer >= 0", line);
    if (Number.isNaN(parseCount(f[4]!))) throw new TraceRowError(file, lineNo, "Total tokens must be an integer >= 0", line);
    if (f[5]!.length === 0) throw new TraceRowError(file, lineNo, "Log Type is empty", line);
    const whole = Math.floor(t);
    return out.add(lineNo, line, whole, t - whole, prompt, output, output === 0);
  });
}

import { TraceRowError } from "./errors.ts";
import { forEachDataLine } from "./lines.ts";
import { parseCount } from "./numbers.ts";
import type { TraceCollector } from "./collector.ts";
import { parseTimestamp, type Instant } from "./timestamp.ts";

/** Azure LLM inference traces, 2023 (`2023-11-16 18:17:03.9799600`) and 2024 (`...009930+00:00`). */
export const AZURE_COLUMNS = ["TIMESTAMP", "ContextTokens", "GeneratedTokens"] as const;

/** Reads every data row of an Azure trace into `out`; throws on the first malformed row. */
export function readAzureRows(text: string, file: string, out: TraceCollector): void {
  const at: Instant = { sec: 0, frac: 0 };
  forEachDataLine(text, (line, lineNo) => {
    const c1 = line.indexOf(",");
    const c2 = c1 < 0 ? -1 : line.indexOf(",", c1 + 1);
    if (c2 < 0 || line.indexOf(",", c2 + 1) >= 0) {
      throw new TraceRowError(file, lineNo, `expected 3 fields (${AZURE_COLUMNS.join(",")})`, line);
    }
    if (!parseTimestamp(line.slice(0, c1), at)) {
      throw new TraceRowError(file, lineNo, "TIMESTAMP is not a time like 2023-11-16 18:17:03.9799600", line);
    }
    const prompt = parseCount(line.slice(c1 + 1, c2));
    if (Number.isNaN(prompt)) throw new TraceRowError(file, lineNo, "ContextTokens must be an integer >= 0", line);
    const output = parseCount(line.slice(c2 + 1));
    if (Number.isNaN(output)) throw new TraceRowError(file, lineNo, "GeneratedTokens must be an integer >= 0", line);
    return out.add(lineNo, line, at.sec, at.frac, prompt, output, false);
  });
}

import { AZURE_COLUMNS, readAzureRows } from "./azure.ts";
import { BURSTGPT_COLUMNS, readBurstGptRows } from "./burstgpt.ts";
import { TraceCollector } from "./collector.ts";
import { TraceHeaderError } from "./errors.ts";
import { headerLine } from "./lines.ts";
import { resolveTraceOptions, type TraceOptions } from "./options.ts";
import type { ParsedTrace, TraceFormat } from "./types.ts";

const FORMATS: Record<TraceFormat, { columns: readonly string[]; read: typeof readAzureRows }> = {
  azure: { columns: AZURE_COLUMNS, read: readAzureRows },
  burstgpt: { columns: BURSTGPT_COLUMNS, read: readBurstGptRows },
};

/** Which format a header line names, if any (fields compared after trimming blanks). */
export function detectFormat(header: string): TraceFormat | undefined {
  const fields = header.split(",").map((f) => f.trim()).join(",");
  return (Object.keys(FORMATS) as TraceFormat[]).find((f) => FORMATS[f].columns.join(",") === fields);
}

/**
 * Parses a whole trace file's text. `file` only names the source in errors. Every row read is
 * validated; the first bad one throws (TraceRowError with file and line), so a result is never partial.
 */
export function parseTrace(text: string, file: string, options: TraceOptions = {}): ParsedTrace {
  const opts = resolveTraceOptions(options);
  const header = headerLine(text);
  const found = detectFormat(header);
  const format = opts.format ?? found;
  if (format === undefined || found !== format) {
    const expected = (opts.format ? [opts.format] : (Object.keys(FORMATS) as TraceFormat[]))
      .map((f) => `${f} columns ${JSON.stringify(FORMATS[f].columns.join(","))}`);
    throw new TraceHeaderError(file, header, expected);
  }
  const out = new TraceCollector(file, opts);
  FORMATS[format].read(text, file, out);
  return { format, requests: out.requests, droppedFailures: out.droppedFailures, rowsRead: out.rowsRead };
}

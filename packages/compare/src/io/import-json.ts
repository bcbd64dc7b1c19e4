// Reading exported files back. All or nothing: the whole file is validated before anything uses it,
// and the error names the first bad field by its path (snapshot.histograms[0].buckets[2].le).
import type { z } from "zod";
import { COMPARISON_FORMAT, comparisonFileSchema, FILE_VERSION, SNAPSHOT_FORMAT, snapshotFileSchema, type ComparisonFile, type SnapshotFile } from "./file-schema.ts";

export interface ImportIssue {
  readonly path: string;
  readonly message: string;
}

export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly kind = "invalid_import" as const;
  /** Every problem found; the message shows the first. */
  readonly issues: readonly ImportIssue[];

  constructor(issues: readonly ImportIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid import file: ${first?.path ?? "(root)"}: ${first?.message ?? "invalid"}${more}`);
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(root)";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ImportError([{ path: "(root)", message: `not JSON (${err instanceof Error ? err.message : String(err)})` }]);
  }
}

/** Format and version first: a wrong kind of file or a newer version is one clear error, not fifty. */
function checkHeader(data: unknown, format: string): void {
  const header = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  if (header.format !== format) {
    throw new ImportError([{ path: "format", message: `expected "${format}", got ${JSON.stringify(header.format) ?? "nothing"}` }]);
  }
  if (header.version !== FILE_VERSION) {
    throw new ImportError([{ path: "version", message: `unsupported version ${JSON.stringify(header.version) ?? "(missing)"}: this Throtl reads version ${FILE_VERSION}` }]);
  }
}

function parseWith<T>(schema: z.ZodType<T>, text: string, format: string): T {
  const data = parseJson(text);
  checkHeader(data, format);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ImportError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  return parsed.data;
}

export function parseSnapshotFile(text: string): SnapshotFile {
  return parseWith(snapshotFileSchema, text, SNAPSHOT_FORMAT);
}

export function parseComparisonFile(text: string): ComparisonFile {
  return parseWith(comparisonFileSchema, text, COMPARISON_FORMAT);
}

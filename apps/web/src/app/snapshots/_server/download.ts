// Export downloads: the JSON file format of @throtl/compare or CSV, as an attachment.
import { comparisonFile, comparisonToCsv, compareSnapshots, snapshotFile, snapshotToCsv, toJson, type Snapshot } from "@throtl/compare";
import type { StoredComparison } from "@throtl/db";
import { downloadName, type ExportFormat } from "../../../data/snapshots/route-params.ts";

const TYPE: Record<ExportFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

export function download(body: string, name: string, format: ExportFormat): Response {
  return new Response(body, { headers: { "content-type": TYPE[format], "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
}

export function snapshotDownload(s: Snapshot, format: ExportFormat): Response {
  return download(format === "json" ? toJson(snapshotFile(s)) : snapshotToCsv(s), downloadName("snapshot", s.name, s.id, format), format);
}

export function comparisonDownload(c: StoredComparison, format: ExportFormat): Response {
  const body = format === "json" ? toJson(comparisonFile(c.comparison, c.base, c.candidate)) : comparisonToCsv(compareSnapshots(c.base, c.candidate));
  return download(body, downloadName("comparison", c.comparison.name, c.comparison.id, format), format);
}

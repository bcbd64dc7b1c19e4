// Compare two stored snapshots without saving: GET ?base=<id>&candidate=<id>[&format=csv].
import { compareSnapshots, comparisonToCsv } from "@throtl/compare";
import { downloadName } from "../../../data/snapshots/route-params.ts";
import { getDb } from "../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../server/db/http-errors.ts";
import { download } from "../../snapshots/_server/download.ts";
import { getPair } from "../../snapshots/_server/pair.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const missing = ["base", "candidate"].filter((k) => !params.get(k));
  if (missing.length > 0) return errorResponse(400, { error: `Missing ${missing.join(" and ")}: expected ?base=<snapshot id>&candidate=<snapshot id>`, issues: missing.map((path) => ({ path, message: "required" })) });
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return errorResponse(400, { error: `format: expected "json" or "csv"`, issues: [{ path: "format", message: 'expected "json" or "csv"' }] });
  try {
    const { base, candidate } = await getPair(getDb(), params.get("base") ?? "", params.get("candidate") ?? "");
    const result = compareSnapshots(base, candidate);
    if (format === "csv") return download(comparisonToCsv(result), downloadName("comparison", `${base.name} vs ${candidate.name}`, base.id, "csv"), "csv");
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

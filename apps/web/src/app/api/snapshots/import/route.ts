// Import an exported file (the request body): a snapshot file or a comparison file with both
// snapshots. Validated whole before anything is written (400 names the field path); one transaction.
import { importComparison, importSnapshot } from "@throtl/db";
import { importKind } from "../../../../data/snapshots/route-params.ts";
import { getDb } from "../../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../../server/db/http-errors.ts";

export const dynamic = "force-dynamic";

/** Exports are tens of kilobytes; this bounds what one request can make the server parse. */
const MAX_BYTES = 10 * 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  const text = await request.text();
  if (text.length > MAX_BYTES) return errorResponse(413, { error: `Import file too large: at most ${MAX_BYTES / 1024 / 1024} MB` });
  try {
    const db = getDb();
    if (importKind(text) === "comparison") {
      const { comparison, base, candidate } = await importComparison(db, text);
      return Response.json({ kind: "comparison", id: comparison.id, baseId: base.id, candidateId: candidate.id }, { status: 201 });
    }
    const snapshot = await importSnapshot(db, text);
    return Response.json({ kind: "snapshot", id: snapshot.id }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e, { write: true });
  }
}

// Download one snapshot: ?format=json (the importable file) or ?format=csv (one row per value).
import { getSnapshot } from "@throtl/db";
import { exportFormat } from "../../../../../data/snapshots/route-params.ts";
import { getDb } from "../../../../../server/db/db.ts";
import { errorResponse, toErrorResponse } from "../../../../../server/db/http-errors.ts";
import { snapshotDownload } from "../../../../snapshots/_server/download.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const format = exportFormat(new URL(request.url).searchParams);
  if (!format.ok) return errorResponse(400, { error: format.error, issues: [{ path: "format", message: format.error }] });
  try {
    return snapshotDownload(await getSnapshot(getDb(), (await params).id), format.format);
  } catch (e) {
    return toErrorResponse(e);
  }
}

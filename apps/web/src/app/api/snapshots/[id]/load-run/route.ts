// Attach a load run to a snapshot: { runId } of a run the panel finished (or cancelled), or a
// results file of `npm run load`. 200 with the stored value; 400 field issues, 404, 409, 503.
import { attachLoadRun } from "@throtl/db";
import { getDb } from "../../../../../server/db/db.ts";
import { parseAttachBody, toStoredLoadRun } from "../../../../../server/load-runs/attach-body.ts";
import { loadRunErrorResponse, readJson } from "../../../../../server/load-runs/http.ts";
import { getLoadRuns } from "../../../../../server/load-runs/load-runs.ts";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  try {
    const parsed = parseAttachBody(body.value);
    let loadRun;
    if (parsed.kind === "run") {
      const { endpoint, ...result } = getLoadRuns().result(parsed.runId);
      loadRun = toStoredLoadRun({ ...result, source: { kind: "panel", runId: parsed.runId, endpoint } });
    } else {
      const { startedAt, interrupted, spec, summary } = parsed.file;
      loadRun = toStoredLoadRun({ startedAt, interrupted, spec, summary, source: { kind: "file" } });
    }
    await attachLoadRun(getDb(), id, loadRun);
    return Response.json({ snapshotId: id, loadRun }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return loadRunErrorResponse(e, { write: true });
  }
}

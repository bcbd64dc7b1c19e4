// One load run: GET its progress (and summary once ended), DELETE cancels it (→ partial summary).
import { getLoadRuns } from "../../../../server/load-runs/load-runs.ts";
import { loadRunErrorResponse } from "../../../../server/load-runs/http.ts";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };
const NO_STORE = { "cache-control": "no-store" };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    return Response.json(getLoadRuns().get((await params).id), { headers: NO_STORE });
  } catch (e) {
    return loadRunErrorResponse(e);
  }
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  try {
    return Response.json(await getLoadRuns().cancel((await params).id), { headers: NO_STORE });
  } catch (e) {
    return loadRunErrorResponse(e);
  }
}

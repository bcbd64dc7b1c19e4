// One saved comparison: GET the pair and the computed comparison (deterministic), DELETE it (the
// snapshots stay).
import { compareSnapshots } from "@throtl/compare";
import { deleteComparison, getComparison } from "@throtl/db";
import { getDb } from "../../../../server/db/db.ts";
import { toErrorResponse } from "../../../../server/db/http-errors.ts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    const { comparison, base, candidate } = await getComparison(getDb(), (await params).id);
    return Response.json({ comparison, result: compareSnapshots(base, candidate) }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  try {
    await deleteComparison(getDb(), (await params).id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e, { write: true });
  }
}

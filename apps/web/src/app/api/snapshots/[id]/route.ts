// One snapshot: GET reads it (the full body), DELETE removes it with the comparisons that use it.
import { deleteSnapshot, getSnapshot } from "@throtl/db";
import { getDb } from "../../../../server/db/db.ts";
import { toErrorResponse } from "../../../../server/db/http-errors.ts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    return Response.json(await getSnapshot(getDb(), (await params).id), { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  try {
    await deleteSnapshot(getDb(), (await params).id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e, { write: true });
  }
}

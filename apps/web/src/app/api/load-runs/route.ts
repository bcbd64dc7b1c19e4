// Load runs against the panel's configured endpoints: GET lists the recent ones, POST starts one
// (202 with its id; 400 field issues, 409 one already active there, 502 endpoint unreachable).
import { getLoadRuns } from "../../../server/load-runs/load-runs.ts";
import { loadRunErrorResponse, readJson } from "../../../server/load-runs/http.ts";

export const dynamic = "force-dynamic";
const NO_STORE = { "cache-control": "no-store" };

export function GET(): Response {
  return Response.json({ runs: getLoadRuns().list(), endpoints: getLoadRuns().endpoints().map((t) => t.name) }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  try {
    const run = await getLoadRuns().start(body.value);
    return Response.json({ id: run.id, run }, { status: 202, headers: { ...NO_STORE, location: `/api/load-runs/${run.id}` } });
  } catch (e) {
    return loadRunErrorResponse(e);
  }
}

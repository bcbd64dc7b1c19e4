// Settings: GET answers the effective values (stored over environment) and where each came from,
// also without a database (then read-only, `database` says why); PUT replaces the stored values
// (a JSON object; absent or null fields fall back to the environment). POST does the same.
import { errorResponse, toErrorResponse } from "../../../server/db/http-errors.ts";
import { storeSettings } from "../../../server/settings/current-settings.ts";
import { readSettingsState, type SettingsState } from "../../../server/settings/settings-state.ts";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

function body(state: SettingsState) {
  return {
    database: state.kind === "stored" ? { state: "ok" } : { state: state.kind, message: state.message },
    effective: state.effective.values,
    origins: state.effective.origins,
    stored: state.kind === "stored" ? state.stored : null,
    defaults: state.defaults,
  };
}

export async function GET(): Promise<Response> {
  return Response.json(body(await readSettingsState()), { headers: NO_STORE });
}

export async function PUT(request: Request): Promise<Response> {
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return errorResponse(400, { error: "The body is not JSON: send an object such as {\"gpuHourlyUsd\": 2.5, \"gpuCount\": 8}" });
  }
  try {
    return Response.json(body(await storeSettings(input)), { headers: NO_STORE });
  } catch (e) {
    return toErrorResponse(e, { write: true });
  }
}

export const POST = PUT;

import { describe, expect, it } from "vitest";
import { RunConflictError } from "./errors.ts";
import { loadRunErrorResponse } from "./http.ts";

describe("loadRunErrorResponse", () => {
  it("maps by kind, so an error from another route bundle's copy of the classes still gets its status", async () => {
    const copy = Object.assign(new Error("busy"), { kind: "run_conflict", runId: "r1" });
    expect(copy).not.toBeInstanceOf(RunConflictError);
    const res = loadRunErrorResponse(copy);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "busy", runId: "r1" });
    const invalid = loadRunErrorResponse(Object.assign(new Error("bad"), { kind: "invalid_run_request", issues: [{ path: "endpoint", message: "unknown" }] }));
    expect(invalid.status).toBe(400);
  });

  it("leaves anything else to the stored features' mapping (a bug is a 500)", () => {
    expect(loadRunErrorResponse(new Error("boom")).status).toBe(500);
  });
});

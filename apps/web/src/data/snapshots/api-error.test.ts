import { describe, expect, it } from "vitest";
import { apiErrorView, readApiError } from "./api-error.ts";

describe("API error view", () => {
  it("shows the server's message and each named field it does not already name", () => {
    const body = { error: "Invalid import file: snapshot.window.end: window end must be after its start", issues: [{ path: "snapshot.window.end", message: "window end must be after its start" }] };
    expect(apiErrorView(400, body)).toEqual({ message: body.error, fields: [] });
    const two = { error: "Invalid comparison: baseId: required; candidateId: required (and 1 more)", issues: [{ path: "baseId", message: "required" }, { path: "name", message: "too long" }] };
    expect(apiErrorView(400, two).fields).toEqual(["name: too long"]);
  });

  it("falls back to the status when the body says nothing usable", async () => {
    expect(apiErrorView(502, "<html>")).toEqual({ message: "Request failed (HTTP 502)", fields: [] });
    expect(await readApiError(new Response("oops", { status: 500 }))).toEqual({ message: "Request failed (HTTP 500)", fields: [] });
  });
});

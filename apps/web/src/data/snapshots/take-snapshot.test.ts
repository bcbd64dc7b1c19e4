import { describe, expect, it } from "vitest";
import { takeSnapshotBody } from "./take-snapshot.ts";

describe("take-snapshot body", () => {
  it("splits tags, trims, and adds the page's model and instance when scoped", () => {
    const body = takeSnapshotBody({ name: " before ", tags: "a, b,,a ", notes: "  ", windowSeconds: 600 }, { model: "m", instance: "127.0.0.1:8000" });
    expect(body).toEqual({ name: "before", tags: ["a", "b"], model: "m", instance: "127.0.0.1:8000", windowSeconds: 600 });
  });

  it("an unscoped page sends no model or instance (all of them)", () => {
    expect(takeSnapshotBody({ name: "x", tags: "", notes: "why", windowSeconds: 300 }, {})).toEqual({ name: "x", notes: "why", tags: [], windowSeconds: 300 });
  });
});

import { describe, expect, it } from "vitest";
import { problemText } from "./store-problem.ts";

describe("store problems", () => {
  it("without a database, says what to set; when unreachable, that live data still works", () => {
    expect(problemText({ kind: "not_configured" })).toMatchObject({ title: "No database configured", detail: expect.stringContaining("DATABASE_URL=postgresql://") });
    const down = problemText({ kind: "unreachable", message: "connect ECONNREFUSED 127.0.0.1:5" });
    expect(down.title).toBe("The database is unreachable");
    expect(down.detail).toMatch(/live data .* still works\. \(connect ECONNREFUSED 127\.0\.0\.1:5\)$/);
  });
});

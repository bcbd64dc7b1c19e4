// Without DATABASE_URL the stored features answer 503 with what to set; nothing else is needed to run.
import { describe, expect, it } from "vitest";
import { GET as compareGET } from "./route.ts";
import { POST as importPOST } from "../snapshots/import/route.ts";
import { GET as snapshotGET } from "../snapshots/[id]/route.ts";

delete process.env.DATABASE_URL;
const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("snapshot API without a database", () => {
  it("answers 503 naming DATABASE_URL on reads and imports", async () => {
    const answers = await Promise.all([
      snapshotGET(new Request(`http://127.0.0.1/api/snapshots/${id}`), { params: Promise.resolve({ id }) }),
      compareGET(new Request(`http://127.0.0.1/api/compare?base=${id}&candidate=${id}`)),
      importPOST(new Request("http://127.0.0.1/api/snapshots/import", { method: "POST", body: "{}" })),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: string }).error).toMatch(/set DATABASE_URL/);
    }
  });
});

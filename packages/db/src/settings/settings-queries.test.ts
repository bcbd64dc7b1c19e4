// Settings against a real Postgres (migrated template per test): read, replace, validation.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, startTestPostgres, type TestDatabase, type TestPostgres } from "../testing/index.ts";
import { InvalidInputError } from "../errors.ts";
import { getSettings, NOTHING_STORED, saveSettings } from "./settings-queries.ts";

let server: TestPostgres;
let t: TestDatabase;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server?.stop());
beforeEach(async () => {
  t = await createTestDatabase(server);
});
afterEach(() => t?.drop());

const full = { ttftP95Seconds: 0.8, itlP95Seconds: 0.05, availability: 0.999, gpuHourlyUsd: 2.5, gpuCount: 8, refresh: "30s" } as const;

function issuesOf(e: unknown): { path: string; message: string }[] {
  expect(e).toBeInstanceOf(InvalidInputError);
  return [...(e as InvalidInputError).issues];
}

describe("settings", () => {
  it("read as nothing set before the first save", async () => {
    expect(await getSettings(t.db)).toEqual(NOTHING_STORED);
  });

  it("are stored whole and read back with the time of the save", async () => {
    const saved = await saveSettings(t.db, full);
    expect(saved).toMatchObject(full);
    expect(saved.updatedAt).toBeInstanceOf(Date);
    expect(await getSettings(t.db)).toEqual(saved);
  });

  it("replace every field on save: an absent or null field goes back to unset", async () => {
    await saveSettings(t.db, full);
    const saved = await saveSettings(t.db, { gpuHourlyUsd: 0, refresh: null });
    expect(saved).toMatchObject({ ...NOTHING_STORED, gpuHourlyUsd: 0, updatedAt: expect.any(Date) });
    expect(await getSettings(t.db)).toEqual(saved);
  });

  it("refuse out-of-range values with one issue per field, and write nothing", async () => {
    await saveSettings(t.db, full);
    const e = await saveSettings(t.db, {
      ttftP95Seconds: 0, itlP95Seconds: 61, availability: 0.89999, gpuHourlyUsd: -0.01, gpuCount: 1025, refresh: "2s" as never,
    }).catch((x: unknown) => x);
    expect(issuesOf(e).map((i) => i.path).sort()).toEqual(["availability", "gpuCount", "gpuHourlyUsd", "itlP95Seconds", "refresh", "ttftP95Seconds"]);
    expect(issuesOf(e).find((i) => i.path === "availability")?.message).toBe("must be between 0.9 and 0.99999");
    expect(await getSettings(t.db)).toMatchObject(full);
  });

  it.each([
    ["availability", 0.9], ["availability", 0.99999], ["gpuCount", 1], ["gpuCount", 1024], ["gpuHourlyUsd", 0], ["ttftP95Seconds", 600],
  ] as const)("accept %s = %s (the boundary)", async (key, value) => {
    expect((await saveSettings(t.db, { [key]: value }))[key]).toBe(value);
  });

  it.each([
    ["gpuCount", 2.5, "must be a whole number"], ["gpuCount", 0, "must be between 1 and 1024"], ["availability", 0.999991, "must be between 0.9 and 0.99999"],
    ["ttftP95Seconds", "fast", "must be a number"], ["itlP95Seconds", Number.NaN, "must be a number"],
  ] as const)("refuse %s = %s: %s", async (key, value, message) => {
    const e = await saveSettings(t.db, { [key]: value } as never).catch((x: unknown) => x);
    expect(issuesOf(e)).toEqual([{ path: key, message }]);
  });

  it("refuse an unknown field by name", async () => {
    const e = await saveSettings(t.db, { gpuPrice: 2 } as never).catch((x: unknown) => x);
    expect(issuesOf(e)[0]?.message).toMatch(/gpuPrice/);
  });
});
